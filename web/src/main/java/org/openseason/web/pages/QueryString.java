package org.openseason.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Search parameters back into a URL's query string, as every page and embed links them. */
public final class QueryString {

  private QueryString() {}

  /** "?kind=mentorship&status=open", or "" without parameters. */
  public static String of(Map<String, List<String>> params) {
    StringBuilder out = new StringBuilder();
    char separator = '?';
    for (var entry : params.entrySet()) {
      for (String value : entry.getValue()) {
        out.append(separator).append(encode(entry.getKey())).append('=').append(encode(value));
        separator = '&';
      }
    }
    return out.toString();
  }

  public static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
