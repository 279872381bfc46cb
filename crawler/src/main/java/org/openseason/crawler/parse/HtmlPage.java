package org.openseason.crawler.parse;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;

/**
 * A page as a Jsoup DOM. For Markdown, the DOM of the rendered HTML and the fields of the front matter.
 *
 * @param base the page's URL
 * @param dom the parsed page; extractors read it and must not change it
 * @param frontMatter the Markdown front matter fields (title, date, lastmod, ...), empty for HTML
 * @param structured the schema.org items found in JSON-LD and microdata
 * @param markdown true when the page was rendered from Markdown, whose source text (code spans in backticks,
 *     runs of spaces) is what its authors wrote
 */
public record HtmlPage(URI base, Document dom, Map<String, Object> frontMatter, List<StructuredItem> structured,
    boolean markdown) implements ParsedDocument {

  public HtmlPage {
    requireNonNull(base, "base is null");
    requireNonNull(dom, "dom is null");
    frontMatter = frontMatter == null ? Map.of() : frontMatter;
    structured = structured == null ? List.of() : List.copyOf(structured);
  }

  /** A front matter field as text. */
  public Optional<String> frontMatterText(String key) {
    Object value = frontMatter.get(key);
    return value == null ? Optional.empty() : Optional.of(value.toString().strip()).filter(s -> !s.isEmpty());
  }
}
