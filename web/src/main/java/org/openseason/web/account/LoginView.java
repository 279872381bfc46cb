package org.openseason.web.account;

/**
 * The sign-in form.
 *
 * @param csrf the form's token
 * @param next where to go after signing in (a path of this site)
 * @param name the name typed last time, to keep it in the field
 * @param error what went wrong last time, empty when nothing
 */
public record LoginView(String csrf, String next, String name, String error) {}
