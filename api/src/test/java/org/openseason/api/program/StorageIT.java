package org.openseason.api.program;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openseason.api.TestDatabase;
import org.openseason.api.catalog.Catalog;
import org.openseason.api.catalog.CatalogLoader;
import org.openseason.api.search.SearchService;
import org.openseason.domain.Lifecycle;
import org.openseason.domain.Program;
import org.openseason.domain.SourceKind;
import org.openseason.index.SearchRequest;

/** The database as the source of truth, on H2 and on PostgreSQL: migrations, catalog, precedence, index. */
class StorageIT {

  static List<?> databases() {
    return TestDatabase.both();
  }

  private static ApplicationContext start(TestDatabase db) {
    return ApplicationContext.run(new HashMap<>(db.properties()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void appliesTheBundledCatalogAtStartAndIndexesIt(Supplier<TestDatabase> database) {
    try (TestDatabase db = database.get(); ApplicationContext app = start(db)) {
      ProgramStore store = app.getBean(ProgramStore.class);
      Catalog catalog = app.getBean(Catalog.class);

      assertThat(store.count()).isEqualTo(catalog.programs().size()).isGreaterThanOrEqualTo(45);
      assertThat(app.getBean(SearchService.class).indexedPrograms()).isEqualTo(catalog.programs().size());
      Program scicloj = store.find("scicloj-mentoring").orElseThrow().program();
      assertThat(scicloj).isEqualTo(catalog.programList().stream()
          .filter(p -> p.slug().equals("scicloj-mentoring")).findFirst().orElseThrow());
      assertThat(store.revisionCount("scicloj-mentoring")).isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void reappliesTheCatalogIdempotently(Supplier<TestDatabase> database) {
    try (TestDatabase db = database.get(); ApplicationContext app = start(db)) {
      CatalogLoader.Outcome again = app.getBean(CatalogLoader.class).apply(app.getBean(Catalog.class));

      assertThat(again.added()).isZero();
      assertThat(again.updated()).isZero();
      assertThat(again.kept()).isEqualTo(app.getBean(Catalog.class).programs().size());
      assertThat(app.getBean(ProgramStore.class).revisionCount("outreachy")).isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void neverOverwritesWhatAModeratorChanged(Supplier<TestDatabase> database) {
    try (TestDatabase db = database.get(); ApplicationContext app = start(db)) {
      ProgramStore store = app.getBean(ProgramStore.class);
      Catalog catalog = app.getBean(Catalog.class);
      Program moderated = store.find("outreachy").orElseThrow().program().withLifecycle(Lifecycle.PAUSED);
      store.save(moderated, SourceKind.MODERATOR, Optional.empty(), "paused by a moderator");

      app.getBean(CatalogLoader.class).apply(catalog);

      StoredProgram stored = store.find("outreachy").orElseThrow();
      assertThat(stored.source()).isEqualTo(SourceKind.MODERATOR);
      assertThat(stored.program().lifecycle()).isEqualTo(Lifecycle.PAUSED);
      assertThat(store.revisionCount("outreachy")).isEqualTo(2);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void updatesACatalogProgramWhenItsCatalogEntryChanges(Supplier<TestDatabase> database) {
    try (TestDatabase db = database.get(); ApplicationContext app = start(db)) {
      Catalog catalog = app.getBean(Catalog.class);
      Map<String, Program> changed = new HashMap<>(catalog.programs());
      changed.put("season-of-kde.yaml", changed.get("season-of-kde.yaml").withLifecycle(Lifecycle.PAUSED));

      CatalogLoader.Outcome outcome = app.getBean(CatalogLoader.class).apply(new Catalog(changed, catalog.vocabulary()));

      assertThat(outcome.updated()).isEqualTo(1);
      assertThat(app.getBean(ProgramStore.class).find("season-of-kde").orElseThrow().program().lifecycle())
          .isEqualTo(Lifecycle.PAUSED);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void makesAChangeSearchableOnceItIsCommitted(Supplier<TestDatabase> database) {
    try (TestDatabase db = database.get(); ApplicationContext app = start(db)) {
      ProgramStore store = app.getBean(ProgramStore.class);
      SearchService search = app.getBean(SearchService.class);
      Program kde = store.find("season-of-kde").orElseThrow().program().withLifecycle(Lifecycle.DISCONTINUED);

      store.save(kde, SourceKind.MODERATOR, Optional.empty(), "discontinued");

      var result = search.search(new SearchRequest("season of kde", Map.of(
          org.openseason.index.Facet.LIFECYCLE, java.util.Set.of("discontinued")),
          org.openseason.index.SortOrder.RELEVANCE, 0, 5, Instant.now()));
      assertThat(result.hits()).extracting(h -> h.slug()).contains("season-of-kde");
    }
  }
}
