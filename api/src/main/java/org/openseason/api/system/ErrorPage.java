package org.openseason.api.system;

/**
 * Renders an error as an HTML page for people using a browser. The web module provides it; without it every
 * error is answered as problem details.
 */
public interface ErrorPage {

  /**
   * Renders the page.
   *
   * @param status the HTTP status
   * @param title the status in words
   * @param detail what was wrong with the request, safe to show
   * @return the whole HTML document; the caller sets the status and content type
   */
  String render(int status, String title, String detail);
}
