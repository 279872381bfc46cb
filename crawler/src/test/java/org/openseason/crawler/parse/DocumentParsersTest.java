package org.openseason.crawler.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openseason.crawler.DocumentKind;
import org.openseason.crawler.Problem;
import org.openseason.crawler.fetch.Fetched;
import org.openseason.crawler.fetch.Validators;

class DocumentParsersTest {

  private final DocumentParsers parsers = new DocumentParsers();

  @Test
  void rendersMarkdownWithTablesAndKeepsTheFrontMatter() {
    HtmlPage page = page("---\ntitle: T\n---\n| A | B |\n|---|---|\n| 1 | 2 |\n", DocumentKind.MARKDOWN);
    assertThat(page.frontMatterText("title")).contains("T");
    assertThat(page.dom().select("table td")).hasSize(2);
    assertThat(page.markdown()).isTrue();
  }

  @Test
  void refusesAnEmptyBody() {
    assertThat(fatal("  \n ", DocumentKind.HTML)).isEqualTo("empty-body");
  }

  @Test
  void refusesAPageCutOffInTheMiddle() {
    assertThat(fatal("<!DOCTYPE html><html><body><table><tr><td><a href=\"https://exa", DocumentKind.HTML))
        .isEqualTo("truncated-document");
  }

  @Test
  void readsMalformedHtmlAsBrowsersDoWithAWarning() {
    StringBuilder html = new StringBuilder("<html><body>");
    for (int i = 0; i < 40; i++) {
      html.append("<p><b><i>unclosed <td>stray</td></b></p></span></div>");
    }
    html.append("</body></html>");
    ParseResult result = parse(html.toString(), DocumentKind.HTML);
    assertThat(result.document()).isPresent();
    assertThat(result.problems()).extracting(Problem::reason).contains("malformed-markup");
  }

  @Test
  void readsAFullHtmlPageServedAsMarkdownAsHtml() {
    HtmlPage page = page("<!DOCTYPE html><html><body><h1>Hi</h1></body></html>", DocumentKind.MARKDOWN);
    assertThat(page.dom().select("h1").text()).isEqualTo("Hi");
  }

  private HtmlPage page(String text, DocumentKind kind) {
    return (HtmlPage) parse(text, kind).document().orElseThrow();
  }

  private String fatal(String text, DocumentKind kind) {
    ParseResult result = parse(text, kind);
    assertThat(result.document()).isEmpty();
    return result.problems().stream().filter(Problem::fatal).findFirst().orElseThrow().reason();
  }

  private ParseResult parse(String text, DocumentKind kind) {
    Fetched fetched = new Fetched(URI.create("https://example.org/p"), 200, Optional.of("text/html; charset=utf-8"),
        text.getBytes(StandardCharsets.UTF_8), Validators.NONE, List.of(), Instant.EPOCH, false);
    return parsers.parse(fetched, kind);
  }
}
