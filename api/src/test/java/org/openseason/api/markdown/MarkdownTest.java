package org.openseason.api.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openseason.api.catalog.CatalogReader;
import org.openseason.domain.Program;

class MarkdownTest {

  @Test
  void plainProseBecomesParagraphs() {
    assertThat(Markdown.html("First paragraph,\nstill first.\n\nSecond one."))
        .isEqualTo("<p>First paragraph,\nstill first.</p>\n<p>Second one.</p>");
    assertThat(Markdown.html("  ")).isEmpty();
  }

  @Test
  void keepsTheAllowedSubset() {
    assertThat(Markdown.html("*em* **strong** `code`\n\n- one\n- two\n\n1. first\n\n> quoted\n\n    indented"))
        .isEqualTo("<p><em>em</em> <strong>strong</strong> <code>code</code></p>\n<ul>\n<li>one</li>\n<li>two</li>\n"
            + "</ul>\n<ol>\n<li>first</li>\n</ol>\n<blockquote>\n<p>quoted</p>\n</blockquote>\n<pre><code>indented\n</code></pre>");
    assertThat(Markdown.html("[site](https://example.org/a?b=1&c=2) [mail](mailto:team@example.org)"))
        .isEqualTo("<p><a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow noopener ugc\">site</a> "
            + "<a href=\"mailto:team@example.org\" rel=\"nofollow noopener ugc\">mail</a></p>");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<script>alert(1)</script>|<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
      "a <img src=x onerror=alert(1)> b|<p>a &lt;img src=x onerror=alert(1)&gt; b</p>",
      "[x](javascript:alert(1))|<p><a rel=\"nofollow noopener ugc\">x</a></p>",
      "[x](data:text/html,hi)|<p><a rel=\"nofollow noopener ugc\">x</a></p>",
      "![alt](https://example.org/i.png)|<p>alt</p>",
      "# Heading|<p># Heading</p>",
      "[x](/relative)|<p><a rel=\"nofollow noopener ugc\">x</a></p>"})
  void leavesNoMarkupOutsideTheAllowList(String markdown, String html) {
    assertThat(Markdown.html(markdown)).isEqualTo(html);
  }

  @Test
  void everyCatalogDescriptionKeepsAllItsWords() {
    for (Program p : CatalogReader.fromFolder(Path.of("..", "catalog")).programs().values()) {
      String shown = Jsoup.parse(Markdown.html(p.description())).text();
      assertThat(shown).as(p.slug()).isEqualTo(p.description().replaceAll("\\s+", " ").strip());
    }
  }
}
