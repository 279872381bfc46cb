package org.openseason.crawler.extract;

import org.openseason.crawler.normalize.Texts;

/** The words a fact was read from, as kept: one line, no e-mail addresses, at most 300 characters. */
final class Evidence {

  private Evidence() {}

  static String of(String text) {
    return Texts.limit(Texts.line(text), 300);
  }
}
