package org.openseason.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openseason.crawler.fetch.Validators;
import org.openseason.crawler.testing.CorpusPages;
import org.openseason.crawler.testing.FixtureServer;
import org.openseason.crawler.testing.TestConfigs;

/**
 * The quality bars on the real pages of the shared corpus, each crawled from loopback with a source that names
 * only its URL, kind and program: no extractor settings.
 */
@Timeout(60)
class CorpusPagesTest {

  private static final String RAW = "https://raw.githubusercontent.com/";

  @Test
  void countsSciclojMentorsAndKeepsNoName() throws Exception {
    String url = RAW + "scicloj/open-source-mentoring/main/list-of-mentors.md";
    Extraction extraction = crawl(url, "scicloj-mentoring");

    assertThat(extraction.programs()).singleElement().satisfies(page -> assertThat(page.facts())
        .filteredOn(f -> f.key().equals("mentors")).singleElement()
        .satisfies(f -> assertThat(f.values().get("count")).isEqualTo(5)));
    String json = new ObjectMapper().writeValueAsString(extraction.toMap());
    Matcher names = Pattern.compile("\\[([^\\]]+)\\]").matcher(text(url));
    int checked = 0;
    while (names.find()) {
      assertThat(json).doesNotContain(names.group(1));
      checked++;
    }
    assertThat(checked).isEqualTo(5);
    assertThat(extraction.projects()).isEmpty();
  }

  @Test
  void readsEveryCncfSummerOfCodeIdeaUnderItsProjectAtTheFifthLevel() {
    String url = RAW + "cncf/mentoring/main/programs/summerofcode/2025.md";
    Extraction extraction = crawl(url, "google-summer-of-code");

    // Ideas are the "##### " headings outside the template's code block.
    long headings = text(url).split("```", 3)[2].lines().filter(l -> l.startsWith("##### ")).count();
    assertThat(headings).isGreaterThan(20);
    assertThat(extraction.projects()).hasSize((int) headings)
        .allSatisfy(idea -> assertThat(idea.project()).isPresent());
    assertThat(extraction.projects()).filteredOn(idea -> idea.size().isPresent()).hasSizeGreaterThan(20);
  }

  @Test
  void readsTheLfdtTableOfProjectsByItsLinkedTitlesAndNeverItsMentors() throws Exception {
    String url = RAW + "LF-Decentralized-Trust-Mentorships/mentorship-program/main/docs/projects/2025.md";
    Extraction extraction = crawl(url, "lf-decentralized-trust-mentorship");

    int rows = text(url).split("<tr").length - 2;
    assertThat(rows).isGreaterThan(15);
    assertThat(extraction.projects()).hasSizeGreaterThanOrEqualTo(rows - 1)
        .allSatisfy(idea -> assertThat(idea.link()).isPresent());
    String json = new ObjectMapper().writeValueAsString(extraction.toMap());
    Matcher mentors = Pattern.compile("</td>\\s*<td[^>]*>([^<]+)</td>").matcher(text(url));
    int checked = 0;
    while (mentors.find()) {
      for (String name : mentors.group(1).split(",")) {
        assertThat(json).doesNotContain(name.strip());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(15);
  }

  @Test
  void readsTheCncfTermTimelineAndIdeasWithoutSettings() {
    Extraction extraction = crawl(RAW + "cncf/mentoring/main/programs/lfx-mentorship/2025/02-Jun-Aug/README.md",
        "cncf-mentoring");

    assertThat(extraction.projects()).hasSizeGreaterThan(50).allSatisfy(idea -> assertThat(idea.project()).isPresent());
    assertThat(extraction.milestones()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(extraction.programs()).isEmpty();
  }

  @Test
  void findsNoIdeasInPagesThatListSubOrganizationsOrPastMentees() {
    assertThat(crawl("https://python-gsoc.org/2024/ideas.html", "google-summer-of-code").projects()).isEmpty();
    Extraction outreachy = crawl(RAW + "cncf/mentoring/main/programs/outreachy/README.md", "outreachy");
    assertThat(outreachy.projects()).isEmpty();
    assertThat(outreachy.programs()).isEmpty();
  }

  @Test
  void readsPythonDeadlinesWithoutYearsFromTheirPage() {
    Extraction extraction = crawl("https://python-gsoc.org/2025/deadlines.html", "google-summer-of-code");

    assertThat(extraction.milestones()).hasSizeGreaterThanOrEqualTo(10)
        .allSatisfy(m -> assertThat(ExtractionMaps.iso(m.start())).startsWith("2025-"));
    assertThat(extraction.programs()).isEmpty();
  }

  private static String text(String url) {
    return new String(CorpusPages.body(url), StandardCharsets.UTF_8);
  }

  private static Extraction crawl(String url, String program) {
    byte[] body = CorpusPages.body(url);
    URI original = URI.create(url);
    String path = "/" + original.getHost() + original.getPath();
    DocumentKind kind = url.endsWith(".html") ? DocumentKind.HTML : DocumentKind.MARKDOWN;
    try (FixtureServer server = FixtureServer.start()) {
      server.route(path, exchange -> FixtureServer.send(exchange, 200,
          kind == DocumentKind.HTML ? "text/html; charset=utf-8" : "text/plain; charset=utf-8", body));
      SourceSpec spec = new SourceSpec("corpus", server.uri(path), kind, List.of(), Optional.of(program),
          Validators.NONE);
      try (Crawler crawler = Crawler.create(TestConfigs.fast(server))) {
        Extraction extraction = crawler.extract(spec);
        assertThat(extraction.failed()).isFalse();
        return extraction;
      }
    }
  }
}
