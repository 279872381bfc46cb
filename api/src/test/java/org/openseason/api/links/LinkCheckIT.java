package org.openseason.api.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openseason.api.TestDatabase;
import org.openseason.api.program.ProgramStore;
import org.openseason.crawler.testing.FixtureServer;
import org.openseason.domain.Program;
import org.openseason.domain.SourceKind;
import org.openseason.domain.TestPrograms;

/**
 * The daily link check, on H2 and PostgreSQL, against a loopback server: a 404 flags a link as gone, an address
 * the crawler refuses is left unchecked (not gone), a working page is ok, and the listing itself is not changed.
 */
class LinkCheckIT {

  static List<?> databases() {
    return TestDatabase.both();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void flagsAGoneLinkAndTellsAnUnreachableOneApart(Supplier<TestDatabase> database) {
    try (TestDatabase db = database.get();
        FixtureServer site = FixtureServer.start()
            .route("/home/", FixtureServer.bytes(200, "text/html; charset=utf-8", "<h1>Home</h1>".getBytes()))
            .route("/rules.pdf", FixtureServer.bytes(200, "application/pdf", new byte[] {'%', 'P', 'D', 'F'}));
        ApplicationContext app = start(db, site)) {
      Map<String, Object> listing = TestPrograms.listing("linked");
      listing.put("homepage", site.uri("/home/").toString());
      listing.put("code_of_conduct", site.uri("/conduct/").toString());
      listing.put("rules", site.uri("/rules.pdf").toString());
      ProgramStore store = app.getBean(ProgramStore.class);
      Program linked = TestPrograms.program(listing);
      store.save(linked, SourceKind.CATALOG, Optional.empty(), "test");
      Map<String, Object> elsewhere = TestPrograms.listing("elsewhere");
      elsewhere.put("homepage", "http://10.0.0.1/program/");
      Program outside = TestPrograms.program(elsewhere);
      store.save(outside, SourceKind.CATALOG, Optional.empty(), "test");
      LinkChecker checker = app.getBean(LinkChecker.class);

      LinkChecker.Report report = checker.check(List.of(linked, outside));

      Map<String, String> states = new HashMap<>();
      checker.all().forEach(l -> states.put(l.program() + " " + l.field(), l.state()));
      assertThat(states).containsEntry("linked homepage", "ok")
          .containsEntry("linked code_of_conduct", "gone")
          .containsEntry("linked rules", "ok")
          .containsEntry("elsewhere homepage", "unchecked");
      assertThat(checker.flagged()).extracting(LinkChecker.LinkView::field)
          .containsExactlyInAnyOrder("code_of_conduct", "homepage");
      assertThat(checker.flagged()).filteredOn(l -> l.state().equals("gone")).singleElement()
          .satisfies(l -> assertThat(l.status()).isEqualTo(404));
      assertThat(report.byState()).containsEntry(LinkState.GONE, 1);
      assertThat(store.find("linked").orElseThrow().program()).isEqualTo(linked);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void keepsWhenALinkStartedFailingAcrossChecks(Supplier<TestDatabase> database) {
    try (TestDatabase db = database.get(); FixtureServer site = FixtureServer.start();
        ApplicationContext app = start(db, site)) {
      Map<String, Object> listing = TestPrograms.listing("broken");
      listing.put("homepage", site.uri("/gone/").toString());
      Program broken = TestPrograms.program(listing);
      app.getBean(ProgramStore.class).save(broken, SourceKind.CATALOG, Optional.empty(), "t");
      LinkChecker checker = app.getBean(LinkChecker.class);

      checker.check(List.of(broken));
      LinkChecker.LinkView first = checker.flagged().get(0);
      checker.check(List.of(broken));
      LinkChecker.LinkView second = checker.flagged().get(0);

      assertThat(second.failingSince()).isEqualTo(first.failingSince());
      assertThat(second.checkedAt()).isAfterOrEqualTo(first.checkedAt());
    }
  }

  static ApplicationContext start(TestDatabase db, FixtureServer site) {
    Map<String, Object> properties = new HashMap<>(db.properties());
    properties.put("openseason.crawl.allow-internal", List.of(site.hostPort().toString()));
    properties.put("openseason.crawl.host-delay", "10ms");
    return ApplicationContext.run(properties);
  }
}
