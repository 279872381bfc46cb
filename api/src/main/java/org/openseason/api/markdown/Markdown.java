package org.openseason.api.markdown;

import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Renders a description to HTML that is safe to put in a page as it is. Two locks, so that a mistake in one is
 * caught by the other: CommonMark escapes every piece of HTML the text holds (it shows as text), then an allow-list
 * keeps only paragraphs, line breaks, emphasis, code, lists, quotes and http(s)/mailto links, which get
 * {@code rel="nofollow noopener ugc"}. Everything else (headings, images, tables, attributes) loses its markup and
 * keeps its text. Plain prose, as the catalog writes it, comes out as paragraphs.
 */
public final class Markdown {

  private static final Parser PARSER = Parser.builder()
      .enabledBlockTypes(Set.of(
          org.commonmark.node.BlockQuote.class,
          org.commonmark.node.FencedCodeBlock.class,
          org.commonmark.node.IndentedCodeBlock.class,
          org.commonmark.node.ListBlock.class,
          org.commonmark.node.HtmlBlock.class))
      .build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
  private static final Safelist ALLOWED = new Safelist()
      .addTags("p", "br", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "a")
      .addAttributes("a", "href")
      .addProtocols("a", "href", "http", "https", "mailto")
      .addEnforcedAttribute("a", "rel", "nofollow noopener ugc");
  private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

  /** An image is not allowed; its description stays, as text. */
  private static final AbstractVisitor IMAGES_AS_TEXT = new AbstractVisitor() {
    @Override
    public void visit(Image image) {
      visitChildren(image);
      Node child = image.getFirstChild();
      while (child != null) {
        Node next = child.getNext();
        image.insertBefore(child);
        child = next;
      }
      image.unlink();
    }
  };

  private Markdown() {}

  /** The description as sanitized HTML; empty for an empty text. */
  public static String html(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    Node document = PARSER.parse(markdown);
    document.accept(IMAGES_AS_TEXT);
    return Jsoup.clean(RENDERER.render(document), "", ALLOWED, OUTPUT).strip();
  }
}
