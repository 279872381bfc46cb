package org.openseason.api.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openseason.api.PythonClient;
import org.openseason.api.TestListings;
import org.openseason.api.program.StoredProgram;

/** Feeds as feed readers read them: Rome and Python's feedparser parse them back with the expected items. */
class FeedWriterTest {

  private static final LocalDate OPENS = LocalDate.of(2027, 1, 20);
  private static final Instant NOW = Instant.parse("2027-01-30T12:00:00Z");

  private final List<StoredProgram> programs = List.of(
      TestListings.stored(TestListings.announced("announced-test", OPENS)),
      TestListings.stored(TestListings.expected("yearly-test", OPENS)));

  private String write(FeedWriter.Format format, Instant now) {
    List<FeedItem> items = new ProgramNews("https://openseason.example", "openseason.example").of(programs, now, 50);
    return FeedWriter.write(format, "tag:openseason.example,2026:feeds/programs", "OpenSeason: programs",
        "https://openseason.example/feeds/programs.atom", "https://openseason.example/", items, now);
  }

  private static SyndFeed parse(String xml) throws Exception {
    return new SyndFeedInput().build(new StringReader(xml));
  }

  private static List<String> ids(SyndFeed feed) {
    return feed.getEntries().stream().map(SyndEntry::getUri).toList();
  }

  @Test
  void anAtomFeedHasNewProgramsRoundsOpeningsAndClosingsWithStableIds() throws Exception {
    SyndFeed feed = parse(write(FeedWriter.Format.ATOM, NOW));

    assertThat(ids(feed)).contains(
        "tag:openseason.example,2026:announced-test/listed",
        "tag:openseason.example,2026:announced-test/2027/announced",
        "tag:openseason.example,2026:announced-test/2027/open",
        "tag:openseason.example,2026:announced-test/2027/closing",
        "tag:openseason.example,2026:yearly-test/2027/expected").doesNotHaveDuplicates();
    assertThat(ids(parse(write(FeedWriter.Format.ATOM, NOW.plusSeconds(3_600))))).containsExactlyElementsOf(ids(feed));
  }

  @Test
  void newsWhoseTimeHasNotComeIsNotInTheFeed() throws Exception {
    SyndFeed early = parse(write(FeedWriter.Format.ATOM, Instant.parse("2027-01-10T00:00:00Z")));

    assertThat(ids(early)).contains("tag:openseason.example,2026:announced-test/2027/announced")
        .doesNotContain("tag:openseason.example,2026:announced-test/2027/open",
            "tag:openseason.example,2026:announced-test/2027/closing");
  }

  @Test
  void expectedDatesSayExpected() throws Exception {
    SyndEntry expected = parse(write(FeedWriter.Format.RSS, NOW)).getEntries().stream()
        .filter(e -> e.getUri().endsWith("yearly-test/2027/expected")).findFirst().orElseThrow();

    assertThat(expected.getTitle()).contains("expected");
    assertThat(expected.getDescription().getValue()).contains("Expected, not announced", "expected around");
    assertThat(expected.getCategories()).anySatisfy(c -> assertThat(c.getName()).isEqualTo("expected"));
  }

  @Test
  void listingTextIsEscapedNotMarkup() throws Exception {
    String xml = write(FeedWriter.Format.ATOM, NOW);
    SyndEntry entry = parse(xml).getEntries().stream()
        .filter(e -> e.getUri().endsWith("announced-test/listed")).findFirst().orElseThrow();

    assertThat(entry.getTitle()).isEqualTo("New on OpenSeason: Announced <Test> & \"Mentorship\"</script>");
    assertThat(entry.getDescription().getValue()).contains("&lt;b&gt;bold&lt;/b&gt;").doesNotContain("<b>");
    assertThat(xml).doesNotContain("<script");
  }

  @Test
  void pythonsFeedparserReadsBothFormatsWithoutComplaint() throws Exception {
    String script = String.join("\n",
        "import sys, feedparser",
        "d = feedparser.parse(sys.stdin.read())",
        "assert not d.bozo, d.get('bozo_exception')",
        "print(d.version, len(d.entries))",
        "for e in d.entries: print(e.id)");
    for (FeedWriter.Format format : FeedWriter.Format.values()) {
      String xml = write(format, NOW);
      String out = PythonClient.run("feedparser", script, xml);

      assertThat(out.lines().findFirst().orElseThrow())
          .isEqualTo((format == FeedWriter.Format.ATOM ? "atom10 " : "rss20 ") + parse(xml).getEntries().size());
      assertThat(out).contains("tag:openseason.example,2026:announced-test/2027/closing");
    }
  }
}
