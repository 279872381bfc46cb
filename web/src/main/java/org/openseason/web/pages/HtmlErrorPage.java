package org.openseason.web.pages;

import jakarta.inject.Singleton;
import org.openseason.api.system.ErrorPage;

/** Errors on the web pages as a page of the site, with a way back to search. */
@Singleton
final class HtmlErrorPage implements ErrorPage {

  private final Templates templates;

  HtmlErrorPage(Templates templates) {
    this.templates = templates;
  }

  @Override
  public String render(int status, String title, String detail) {
    return templates.render("error.jte", new ErrorView(status, title, detail));
  }
}
