package org.openseason.api.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openseason.api.TestDatabase;
import org.openseason.api.program.ProgramStore;
import org.openseason.crawler.source.SourceFileException;
import org.openseason.crawler.testing.FixtureServer;
import org.openseason.domain.Cycle;
import org.openseason.domain.Program;
import org.openseason.domain.SourceKind;
import org.openseason.index.ProgramIndex;

/**
 * Crawls into the database, on H2 and PostgreSQL, from a loopback fixture server serving our own pages in the
 * shapes of real ones: listings change field by field with provenance, the index follows, a dead source is
 * flagged, an unchanged page costs a 304, and a moderator's fields survive.
 */
class CrawlIT {

  private static final String TERM = "/programs/2027/01-Mar-May/README.md";

  static List<?> databases() {
    return TestDatabase.both();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aCrawlMergesIdeasDatesAndFactsWithTheirProvenanceAndReportsEverySource(Supplier<TestDatabase> database) {
    try (TestDatabase db = database.get(); FixtureServer site = site(); ApplicationContext app = start(db, site)) {
      addSources(app, site);

      CrawlReport report = crawl(app, "test-term", "test-fellowship", "test-list", "test-gone");

      assertThat(report.counts().sources()).isEqualTo(4);
      assertThat(report.counts().fetched()).isEqualTo(3);
      assertThat(report.counts().failed()).isEqualTo(1);
      assertThat(report.failedByReason()).containsEntry("http-4xx", 1);
      assertThat(result(report, "test-gone").flag()).isEqualTo("gone");
      assertThat(report.flaggedSources()).contains("test-gone (gone)");
      // Five programs listed; "Winter of Code" is also the name of a catalog program (DSC NSEC's), so it is matched
      // to that listing rather than kept as a candidate.
      assertThat(result(report, "test-list").newCandidates()).isEqualTo(4);

      ProgramStore store = app.getBean(ProgramStore.class);
      Program cncf = store.find("cncf-mentoring").orElseThrow().program();
      Cycle term = cncf.cycles().stream().filter(c -> c.label().equals("2027 Term 1")).findFirst().orElseThrow();
      assertThat(term.milestones()).hasSize(6);
      assertThat(term.ideas()).extracting(i -> i.title()).contains("Write a getting-started guide");
      assertThat(app.getBean(ProgramIndex.class).searchIdeas("getting-started guide", Set.of(), 0, 5).hits())
          .anySatisfy(hit -> {
            assertThat(hit.programSlug()).isEqualTo("cncf-mentoring");
            assertThat(hit.cycle()).isEqualTo("2027 Term 1");
          });

      Program kde = store.find("season-of-kde").orElseThrow().program();
      assertThat(kde.eligibility().minimumAge()).contains(18);
      assertThat(kde.codeOfConduct()).contains(URI.create("https://fellowship.example/conduct"));
      List<FieldRow> provenance = app.getBean(FieldRepository.class).findBySlugOrderByField("season-of-kde");
      assertThat(provenance).filteredOn(f -> f.field().equals("eligibility.minimum_age")).singleElement()
          .satisfies(f -> {
            assertThat(f.sourceId()).isEqualTo("test-fellowship");
            assertThat(f.precedence()).isEqualTo("own-site");
            assertThat(f.evidence()).containsIgnoringCase("18");
          });
      assertThat(store.revisionCount("season-of-kde")).isEqualTo(2);

      CrawlReport stored = app.getBean(CrawlService.class).report(report.id()).orElseThrow();
      assertThat(stored.counts()).isEqualTo(report.counts());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void anUnchangedPageIsAskedForConditionallyAndChangesNothing(Supplier<TestDatabase> database) {
    try (TestDatabase db = database.get(); FixtureServer site = site(); ApplicationContext app = start(db, site)) {
      addSources(app, site);
      crawl(app, "test-term");
      long revisions = app.getBean(ProgramStore.class).revisionCount("cncf-mentoring");

      CrawlReport again = crawl(app, "test-term");

      assertThat(again.counts().notModified()).isEqualTo(1);
      assertThat(site.received(TERM).get(1).header("If-none-match")).isEqualTo("\"term-v1\"");
      assertThat(app.getBean(ProgramStore.class).revisionCount("cncf-mentoring")).isEqualTo(revisions);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void whatAModeratorSetIsNeverOverwrittenByACrawl(Supplier<TestDatabase> database) {
    try (TestDatabase db = database.get(); FixtureServer site = site(); ApplicationContext app = start(db, site)) {
      addSources(app, site);
      ProgramStore store = app.getBean(ProgramStore.class);
      Program kde = store.find("season-of-kde").orElseThrow().program();
      store.save(kde, SourceKind.MODERATOR, Optional.empty(), "checked by a moderator");

      CrawlReport report = crawl(app, "test-fellowship");

      assertThat(store.find("season-of-kde").orElseThrow().program().codeOfConduct()).isEqualTo(kde.codeOfConduct());
      assertThat(result(report, "test-fellowship").keptFields()).contains("season-of-kde: code_of_conduct");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aBadSourceDefinitionIsRefusedNamingItsField(Supplier<TestDatabase> database) {
    try (TestDatabase db = database.get(); FixtureServer site = site(); ApplicationContext app = start(db, site)) {
      SourceRegistry registry = app.getBean(SourceRegistry.class);
      int before = registry.all().size();

      assertThatThrownBy(() -> registry.add("id: x\nurl: ftp://example.org/\nkind: html\nlicence: MIT\n"))
          .isInstanceOf(SourceFileException.class).hasMessageContaining("url");
      assertThatThrownBy(() -> registry.add(source("cncf-lfx-2026-term-3", site.uri("/x.html"), "html", "", "")))
          .isInstanceOf(IllegalStateException.class);
      assertThat(registry.all()).hasSize(before);
    }
  }

  static FixtureServer site() {
    return FixtureServer.start()
        .route(TERM, exchange -> {
          if ("\"term-v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.getResponseHeaders().set("ETag", "\"term-v1\"");
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
          }
          exchange.getResponseHeaders().set("ETag", "\"term-v1\"");
          FixtureServer.send(exchange, 200, "text/markdown; charset=utf-8", fixture("term-page/document.md"));
        })
        .route("/fellowship/", FixtureServer.bytes(200, "text/html; charset=utf-8",
            fixture("program-page/document.html")))
        .route("/list/index.html", FixtureServer.bytes(200, "text/html; charset=utf-8",
            fixture("program-list/document.html")));
  }

  static ApplicationContext start(TestDatabase db, FixtureServer site) {
    Map<String, Object> properties = new HashMap<>(db.properties());
    properties.put("openseason.crawl.allow-internal", List.of(site.hostPort().toString()));
    properties.put("openseason.crawl.host-delay", "10ms");
    return ApplicationContext.run(properties);
  }

  /** Sources for the fixture pages, added as an administrator would add them. */
  static void addSources(ApplicationContext app, FixtureServer site) {
    SourceRegistry registry = app.getBean(SourceRegistry.class);
    registry.add(source("test-term", site.uri(TERM), "markdown", "program: cncf-mentoring\ncycle: \"2027 Term 1\"\n",
        "extractors:\n  - type: sections\n    project_level: 3\n    idea_level: 4\n  - type: timeline\n"));
    registry.add(source("test-fellowship", site.uri("/fellowship/"), "html", "program: season-of-kde\n",
        "extractors:\n  - type: program-page\n"));
    registry.add(source("test-list", site.uri("/list/index.html"), "html", "",
        "extractors:\n  - type: table\n    rows: program\n"));
    registry.add(source("test-gone", site.uri("/gone.html"), "html", "program: outreachy\n", ""));
  }

  static String source(String id, URI url, String kind, String program, String extractors) {
    return "id: " + id + "\nurl: " + url + "\nkind: " + kind + "\n" + program + "licence: CC-BY-4.0\n" + extractors;
  }

  static CrawlReport crawl(ApplicationContext app, String... sources) {
    return app.getBean(CrawlService.class).crawl(new CrawlService.Request("test", List.of(sources), false),
        CrawlService.Progress.NONE);
  }

  static SourceResult result(CrawlReport report, String source) {
    return report.sources().stream().filter(s -> s.source().equals(source)).findFirst().orElseThrow();
  }

  /** The crawler's own fixture pages (ours, in the shapes of real ones), from its test jar. */
  static byte[] fixture(String path) {
    try (InputStream in = CrawlIT.class.getClassLoader().getResourceAsStream("fixtures/extract/" + path)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
