package org.openseason.api.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openseason.api.TestDatabase;
import org.openseason.api.TestListings;
import org.openseason.api.program.ProgramStore;
import org.openseason.api.search.SearchService;
import org.openseason.domain.SourceKind;

/** What instances share through the database: rate limits, leases, secrets and the change log the index follows. */
class SharedStateIT {

  static List<?> databases() {
    return TestDatabase.both();
  }

  private static ApplicationContext start(TestDatabase db) {
    Map<String, Object> properties = new HashMap<>(db.properties());
    properties.put("openseason.crawl.scheduled", false);
    return ApplicationContext.run(properties);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aClientGetsItsAllowancePerWindowAndNoMore(Supplier<TestDatabase> database) throws Exception {
    try (TestDatabase db = database.get(); ApplicationContext app = start(db)) {
      RateLimits limits = app.getBean(RateLimits.class);
      Limit three = new Limit("test", 3, Duration.ofHours(1));

      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<RateLimits.Verdict>> hits = new java.util.ArrayList<>();
      for (int i = 0; i < 20; i++) {
        hits.add(pool.submit(() -> limits.hit(three, "198.51.100.7")));
      }
      long allowed = 0;
      for (Future<RateLimits.Verdict> hit : hits) {
        allowed += hit.get().allowed() ? 1 : 0;
      }
      pool.shutdown();

      assertThat(allowed).isEqualTo(3);
      RateLimits.Verdict denied = limits.hit(three, "198.51.100.7");
      assertThat(denied.allowed()).isFalse();
      assertThat(denied.retryAfterSeconds()).isBetween(3_000L, 3_600L);
      assertThat(limits.hit(three, "198.51.100.8").allowed()).as("another client").isTrue();
      limits.reset(three, "198.51.100.7");
      assertThat(limits.hit(three, "198.51.100.7").allowed()).as("after a reset").isTrue();
    }
  }

  @Test
  void twoInstancesShareLimitsSecretsAndTheChangeLog() throws Exception {
    try (TestDatabase db = TestDatabase.postgres(); ApplicationContext one = start(db);
        ApplicationContext two = startSecond(db)) {
      Limit twice = new Limit("shared", 2, Duration.ofMinutes(5));
      assertThat(one.getBean(RateLimits.class).hit(twice, "203.0.113.1").allowed()).isTrue();
      assertThat(two.getBean(RateLimits.class).hit(twice, "203.0.113.1").allowed()).isTrue();
      assertThat(one.getBean(RateLimits.class).hit(twice, "203.0.113.1").allowed()).isFalse();

      Leases first = one.getBean(Leases.class);
      Leases second = two.getBean(Leases.class);
      assertThat(first.acquire("scheduled-crawl", Duration.ofMinutes(10))).isTrue();
      assertThat(first.acquire("scheduled-crawl", Duration.ofMinutes(10))).as("its holder keeps it").isTrue();
      assertThat(second.acquire("scheduled-crawl", Duration.ofMinutes(10))).as("held by the other").isFalse();
      first.release("scheduled-crawl");
      assertThat(second.acquire("scheduled-crawl", Duration.ofMinutes(10))).as("given back").isTrue();

      assertThat(two.getBean(ServerSecrets.class).get("csrf")).isEqualTo(one.getBean(ServerSecrets.class).get("csrf"));

      ProgramStore store = one.getBean(ProgramStore.class);
      store.save(TestListings.expected("zyxwv-mentorship", java.time.LocalDate.of(2027, 3, 1)), SourceKind.MODERATOR,
          java.util.Optional.empty(), "added in a test");
      assertThat(one.getBean(SearchService.class).followedRevision())
          .as("the writing instance applied its own change: following the log will not index it again")
          .isEqualTo(store.latestRevision());

      SearchService other = two.getBean(SearchService.class);
      long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
      while (System.nanoTime() < deadline && !indexed(other, "zyxwv-mentorship")) {
        Thread.sleep(20);
      }
      assertThat(indexed(other, "zyxwv-mentorship")).as("the other instance's index followed the change log").isTrue();
      assertThat(other.followedRevision()).isEqualTo(store.latestRevision());
    }
  }

  private static ApplicationContext startSecond(TestDatabase db) {
    Map<String, Object> properties = new HashMap<>(db.properties());
    properties.put("openseason.crawl.scheduled", false);
    try {
      properties.put("openseason.data-dir", java.nio.file.Files.createTempDirectory("openseason-second").toString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return ApplicationContext.run(properties);
  }

  private static boolean indexed(SearchService search, String slug) {
    return !search.nameOf(slug).equals(slug);
  }
}
