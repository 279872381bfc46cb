package org.openseason.crawler.parse;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.openseason.crawler.Problem;
import org.openseason.crawler.Stage;

/** HTML to a DOM with Jsoup, and Markdown to HTML with commonmark (GFM tables) first. */
final class Markup {

  /** Fewer parse errors than this are ordinary for real pages and not worth a warning. */
  private static final int MALFORMED_THRESHOLD = 25;
  private static final Pattern OPENS = Pattern.compile("<(html|body)[\\s>]");

  private static final org.commonmark.parser.Parser MARKDOWN = org.commonmark.parser.Parser.builder()
      .extensions(List.of(TablesExtension.create())).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
      .extensions(List.of(TablesExtension.create())).build();

  private Markup() {}

  static Document html(String html, URI base, List<Problem> problems) {
    Parser parser = Parser.htmlParser().setTrackErrors(MALFORMED_THRESHOLD);
    Document dom = Jsoup.parse(html, base.toString(), parser);
    if (parser.getErrors().size() >= MALFORMED_THRESHOLD) {
      problems.add(Problem.warning(Stage.PARSE, ParseReason.MALFORMED_MARKUP, "at least " + MALFORMED_THRESHOLD
          + " markup errors, the first: " + parser.getErrors().get(0)));
    }
    return dom;
  }

  /**
   * True when a page opens {@code <html>} or {@code <body>} and closes neither: it was cut off in transit or by
   * its server. Pages that omit both optional closing tags exist but are rare enough to treat as broken.
   */
  static boolean isTruncated(String html) {
    String lower = html.toLowerCase(Locale.ROOT);
    return OPENS.matcher(lower).find() && !lower.contains("</html") && !lower.contains("</body");
  }

  static String markdownToHtml(String markdown) {
    return RENDERER.render(MARKDOWN.parse(markdown));
  }

  /** True when a text is an HTML document rather than Markdown or XML: it starts like one. */
  static boolean looksLikeHtmlDocument(String text) {
    String head = text.stripLeading();
    head = head.substring(0, Math.min(head.length(), 512)).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
        || (head.startsWith("<!--") && head.contains("<html"));
  }
}
