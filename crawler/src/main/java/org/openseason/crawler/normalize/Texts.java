package org.openseason.crawler.normalize;

import java.util.regex.Pattern;

/**
 * Text as it is stored: no control characters, runs of spaces collapsed, bounded in length, and no e-mail
 * addresses (personal data is not kept, wherever it turns up).
 */
public final class Texts {

  private static final Pattern EMAIL =
      Pattern.compile("(?i)(mailto:)?[a-z0-9._%+-]+@[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0\\u2000-\\u200b\\u202f\\u205f\\u3000]+");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n(\\s*\\n)+");
  private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*[,;]?\\s*\\)|\\[\\s*\\]");

  private Texts() {}

  /** One line: whitespace collapsed to single spaces, control characters removed, e-mail addresses removed. */
  public static String line(String text) {
    return scrub(text).replaceAll("\\s+", " ").strip();
  }

  /**
   * A title as its author wrote it: line breaks and tabs become spaces and the ends are trimmed, but runs of spaces
   * inside are kept, so that the title matches the one the same author typed elsewhere.
   */
  public static String title(String text) {
    return scrub(text).replaceAll("[\\t\\n\\r\\u00a0]+", " ").strip();
  }

  /** Paragraphs kept (at most one blank line between them), spaces collapsed, e-mail addresses removed. */
  public static String paragraphs(String text) {
    String clean = SPACES.matcher(scrub(text).replace("\r\n", "\n").replace('\r', '\n')).replaceAll(" ");
    return BLANK_LINES.matcher(clean.replaceAll(" *\\n *", "\n")).replaceAll("\n\n").strip();
  }

  /** Removes control characters other than newlines and tabs, and every e-mail address. */
  public static String scrub(String text) {
    if (text == null) {
      return "";
    }
    String clean = hasControl(text) ? withoutControl(text) : text;
    // Most texts hold no '@' at all; only they need the e-mail pattern (the costly part of cleaning).
    if (clean.indexOf('@') < 0) {
      return clean;
    }
    String noMail = EMAIL.matcher(clean).replaceAll("");
    return EMPTY_BRACKETS.matcher(noMail).replaceAll("");
  }

  private static boolean hasControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
        return true;
      }
    }
    return false;
  }

  private static String withoutControl(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isISOControl(c) || c == '\n' || c == '\t' || c == '\r') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** True when the text holds an e-mail address. */
  public static boolean hasEmail(String text) {
    return text.indexOf('@') >= 0 && EMAIL.matcher(text).find();
  }

  /** At most {@code max} characters, cut at a word boundary when one is near, with an ellipsis. */
  public static String limit(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max - 1);
    if (cut < max / 2) {
      cut = max - 1;
    }
    return text.substring(0, cut).strip() + "…";
  }
}
