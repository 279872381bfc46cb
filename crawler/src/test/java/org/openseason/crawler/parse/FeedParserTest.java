package org.openseason.crawler.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openseason.crawler.Problem;

class FeedParserTest {

  private static final URI BASE = URI.create("https://example.org/blog/index.xml");

  @Test
  void datesItemsByThemselvesNotByTheChannel() {
    String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Blog</title>"
        + "<lastBuildDate>Tue, 06 Oct 2020 08:49:55 +0000</lastBuildDate>"
        + "<item><title>News</title><link>/blog/news/</link><pubDate>Thu, 07 Nov 2024 00:00:00 +0000</pubDate>"
        + "<description>&lt;p&gt;Hello&lt;/p&gt;</description></item></channel></rss>";
    ParseResult result = FeedParser.parse(rss, BASE, List.of());
    FeedDocument feed = (FeedDocument) result.document().orElseThrow();
    assertThat(feed.items()).singleElement().satisfies(item -> {
      assertThat(item.published()).hasValueSatisfying(p -> assertThat(p.toString()).startsWith("2024-11-07"));
      assertThat(item.link()).contains("https://example.org/blog/news/");
      assertThat(item.summary()).isEqualTo("Hello");
    });
  }

  @Test
  void readsAtom() {
    String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><entry><title>E</title>"
        + "<link href=\"https://example.org/e\"/><updated>2026-01-02T03:04:05Z</updated></entry></feed>";
    FeedDocument feed = (FeedDocument) FeedParser.parse(atom, BASE, List.of()).document().orElseThrow();
    assertThat(feed.items()).singleElement().satisfies(i -> assertThat(i.link()).contains("https://example.org/e"));
  }

  @Test
  void refusesExternalEntities() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        + "<rss version=\"2.0\"><channel><title>&xxe;</title></channel></rss>";
    assertThat(reasons(xxe)).containsExactly("doctype-forbidden");
  }

  @Test
  void refusesEntityExpansion() {
    String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><rss><channel><title>&lol2;"
        + "</title></channel></rss>";
    assertThat(reasons(laughs)).containsExactly("doctype-forbidden");
  }

  @Test
  void tellsAnHtmlErrorPageFromAFeed() {
    assertThat(reasons("<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>"))
        .containsExactly("not-a-feed");
  }

  @Test
  void reportsMalformedAndTruncatedXml() {
    assertThat(reasons("<rss version=\"2.0\"><channel><title>T</title><item><title>cut")).containsExactly(
        "malformed-feed");
    assertThat(reasons("<notafeed/>")).containsExactly("malformed-feed");
  }

  @Test
  void aDoctypeInsideContentIsText() {
    assertThat(FeedParser.hasDoctype("<?xml version=\"1.0\"?><!-- c --><rss><![CDATA[<!DOCTYPE html>]]></rss>"))
        .isFalse();
  }

  private static List<String> reasons(String xml) {
    ParseResult result = FeedParser.parse(xml, BASE, List.of());
    assertThat(result.document()).isEmpty();
    assertThat(result.problems()).allMatch(Problem::fatal);
    return result.problems().stream().map(Problem::reason).toList();
  }
}
