package org.openseason.web.embed;

import java.util.List;
import java.util.Map;

/**
 * The code an author pastes, for each kind of site: the script (sites whose HTML the author controls), the iframe
 * (where scripts are stripped but iframes are kept) and the plain link (oEmbed, for WordPress and Ghost). Every
 * value is escaped for the attribute it sits in.
 */
final class Snippets {

  private Snippets() {}

  /** {@code <script src=".../embed.js" data-kind="..."></script>}: renders where it stands. */
  static String script(String site, EmbedOptions options) {
    StringBuilder out = new StringBuilder("<script src=\"").append(attr(site + "/embed.js")).append('"');
    for (Map.Entry<String, List<String>> e : options.params().entrySet()) {
      out.append(" data-").append(attr(e.getKey())).append("=\"").append(attr(String.join(",", e.getValue())))
          .append('"');
    }
    return out.append("></script>").toString();
  }

  /** An iframe of the embed at its fixed height, resized by the embed itself where the host listens. */
  static String iframe(String site, EmbedOptions options, int width, String title) {
    String src = site + "/embed/programs" + EmbedService.query(options.params());
    return "<iframe src=\"" + attr(src) + "\" title=\"" + attr(title) + "\" width=\"" + width + "\" height=\""
        + options.height() + "\" style=\"border:0;max-width:100%\" loading=\"lazy\"></iframe>";
  }

  /** The search page with the embed's parameters: pasted alone on a line, oEmbed consumers turn it into the embed. */
  static String link(String site, EmbedOptions options) {
    return site + "/" + EmbedService.query(options.params());
  }

  static String attr(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
