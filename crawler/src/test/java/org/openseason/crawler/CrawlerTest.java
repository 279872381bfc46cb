package org.openseason.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openseason.crawler.testing.FixtureServer;
import org.openseason.crawler.testing.TestConfigs;

@Timeout(20)
class CrawlerTest {

  @Test
  void previewsAnyUrlAsTheJsonDocumentTheCommandLinePrints() throws Exception {
    FixtureCase term = FixtureCase.named("term-page");
    try (FixtureServer server = FixtureServer.start(); Crawler crawler = Crawler.create(TestConfigs.fast(server))) {
      server.route("/README.md", FixtureServer.bytes(200, "text/plain; charset=utf-8",
          Files.readAllBytes(term.document())));
      Map<String, Object> json = crawler.preview(server.uri("/README.md"), DocumentKind.MARKDOWN).toMap();

      assertThat(json).containsKeys("programs", "projects", "milestones", "problems", "fetch", "url");
      assertThat(json).doesNotContainKey("source");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> projects = (List<Map<String, Object>>) json.get("projects");
      assertThat(projects).isNotEmpty().allSatisfy(p -> assertThat(p).containsKeys("title", "url", "skills",
          "technologies"));
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> milestones = (List<Map<String, Object>>) json.get("milestones");
      assertThat(milestones).first().satisfies(m -> {
        assertThat(m).containsEntry("label", "Project Proposals Open").containsEntry("start", "2027-01-06")
            .containsEntry("end", "2027-01-26T18:00Z");
      });
      assertThat(new ObjectMapper().writeValueAsString(json)).isNotBlank();
    }
  }

  @Test
  void guessesTheKindOfAPreviewFromItsMediaType() {
    try (FixtureServer server = FixtureServer.start(); Crawler crawler = Crawler.create(TestConfigs.fast(server))) {
      server.route("/news", FixtureServer.text(200, "application/atom+xml", "<feed xmlns=\"http://www.w3.org/2005/"
          + "Atom\"><title>T</title><entry><title>Applications are now open</title><id>1</id>"
          + "<updated>2027-01-01T00:00:00Z</updated></entry></feed>"));
      Extraction extraction = crawler.preview(server.uri("/news"));
      assertThat(extraction.announcements()).singleElement().satisfies(a -> assertThat(a.applicationsOpen()).isTrue());
    }
  }

  @Test
  void extractsSourcesInTheirOrderAndReportsEachAsItCompletes() {
    try (FixtureServer server = FixtureServer.start(); Crawler crawler = Crawler.create(TestConfigs.fast(server))) {
      for (int i = 0; i < 6; i++) {
        server.route("/p" + i, FixtureServer.text(200, "text/html", "<html><body><main><h1>Program " + i
            + "</h1><p>Remote, at least 5 hours a week.</p></main></body></html>"));
      }
      List<SourceSpec> sources = java.util.stream.IntStream.range(0, 6).mapToObj(i -> new SourceSpec("p" + i,
          server.uri("/p" + i), DocumentKind.HTML, List.of(), java.util.Optional.of("scicloj-mentoring"), null))
          .toList();
      List<String> reported = new java.util.ArrayList<>();
      List<Extraction> extractions = crawler.extractAll(sources, e -> reported.add(e.sourceId().orElseThrow()));

      assertThat(extractions).extracting(e -> e.programs().get(0).name())
          .containsExactly("Program 0", "Program 1", "Program 2", "Program 3", "Program 4", "Program 5");
      assertThat(reported).containsExactlyInAnyOrder("p0", "p1", "p2", "p3", "p4", "p5");
      assertThat(extractions).allSatisfy(e -> assertThat(e.program()).contains("scicloj-mentoring"));
    }
  }
}
