package org.openseason.crawler.fetch;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code Content-Type} headers and tells text, which the crawler can read, from everything else. */
public final class MediaTypes {

  private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");

  private MediaTypes() {}

  /** The {@code charset} parameter of a {@code Content-Type} value. */
  public static Optional<String> charset(String contentType) {
    Matcher m = CHARSET.matcher(contentType);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * True for media types that may hold a page, a Markdown file or a feed. {@code application/octet-stream} and a
   * missing type count as text when the body has no NUL byte in its first kilobyte, because raw file hosts use them
   * for Markdown.
   */
  static boolean isReadable(Optional<String> mediaType, byte[] body) {
    String type = mediaType.orElse("application/octet-stream").toLowerCase(Locale.ROOT);
    if (type.startsWith("text/") || type.endsWith("+xml") || type.endsWith("/xml") || type.equals("application/json")
        || type.endsWith("+json") || type.equals("application/xhtml+xml")) {
      return true;
    }
    if (type.equals("application/octet-stream") || type.equals("binary/octet-stream")) {
      return looksLikeText(body);
    }
    return false;
  }

  private static boolean looksLikeText(byte[] body) {
    int end = Math.min(body.length, 1024);
    for (int i = 0; i < end; i++) {
      if (body[i] == 0) {
        return false;
      }
    }
    return true;
  }
}
