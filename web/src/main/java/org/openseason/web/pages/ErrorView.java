package org.openseason.web.pages;

/**
 * What the error page shows.
 *
 * @param status the HTTP status
 * @param title the status in words
 * @param detail what was wrong
 */
public record ErrorView(int status, String title, String detail) {}
