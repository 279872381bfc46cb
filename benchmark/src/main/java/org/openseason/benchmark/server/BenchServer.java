package org.openseason.benchmark.server;

import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.openseason.api.program.ProgramStore;
import org.openseason.api.search.SearchService;
import org.openseason.benchmark.corpus.SyntheticCorpus;
import org.openseason.domain.InterestVocabulary;
import org.openseason.domain.Program;
import org.openseason.domain.SourceKind;

/**
 * The application on a PostgreSQL database of its own, loaded with N synthetic programs, plus the bench
 * endpoints: the subject of {@code bench/search.sh}. It prints its figures as {@code bench: key value} lines,
 * then {@code bench: ready <port>}, and serves until it is stopped; then it drops its database and data folder.
 *
 * <p>Usage: {@code BenchServer [programs] [port]}, defaults 100000 and 8080. {@code OPENSEASON_BENCH_POSTGRES}
 * (default {@code jdbc:postgresql://127.0.0.1:5432/}), {@code _USER} (postgres) and {@code _PASSWORD} (empty)
 * name the server.
 */
public final class BenchServer {

  private static final int BATCH = 1_000;
  private static final int REBUILDS = 3;

  private BenchServer() {}

  public static void main(String[] args) throws Exception {
    int programs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int port = args.length > 1 ? Integer.parseInt(args[1]) : 8080;
    BenchDatabase database = new BenchDatabase(
        env("OPENSEASON_BENCH_POSTGRES", "jdbc:postgresql://127.0.0.1:5432/"),
        "openseason_bench_" + ProcessHandle.current().pid(),
        env("OPENSEASON_BENCH_POSTGRES_USER", "postgres"),
        env("OPENSEASON_BENCH_POSTGRES_PASSWORD", ""));
    Path data = Files.createTempDirectory("openseason-bench");
    database.create();
    ApplicationContext context;
    try {
      context = ApplicationContext.builder()
          .properties(properties(database, data, port))
          .deduceEnvironment(false)
          .start();
    } catch (RuntimeException e) {
      cleanUp(database, data);
      throw e;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      context.close();
      cleanUp(database, data);
    }, "bench-shutdown"));
    try {
      load(context, programs);
      timeRebuilds(context.getBean(SearchService.class));
      EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
      report("index_bytes", size(data.resolve("index")));
      report("ready", server.getPort());
    } catch (Exception e) {
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static Map<String, Object> properties(BenchDatabase database, Path data, int port) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("micronaut.server.port", port);
    p.put("datasources.default.url", database.url());
    p.put("datasources.default.username", database.user());
    p.put("datasources.default.password", database.password());
    p.put("openseason.data-dir", data.toString());
    p.put("openseason.apply-catalog", false);
    // Searches are measured alone: a scheduled crawl of the bundled sources would land in some runs and not others.
    p.put("openseason.crawl.scheduled", false);
    return p;
  }

  /**
   * Saves the programs through the product's store in batches (each batch one transaction, indexed after its
   * commit as any change is), and fills the PostgreSQL search table from the same programs.
   */
  private static void load(ApplicationContext context, int programs) throws SQLException {
    ProgramStore store = context.getBean(ProgramStore.class);
    InterestVocabulary vocabulary = context.getBean(InterestVocabulary.class);
    Instant now = context.getBean(Clock.class).instant();
    SyntheticCorpus corpus = new SyntheticCorpus(SyntheticCorpus.DEFAULT_SEED, vocabulary, now);
    DataSource pool = context.getBean(DataSourceResolver.class).resolve(context.getBean(DataSource.class));
    long storeNanos = 0;
    long tableNanos = 0;
    try (Connection c = pool.getConnection()) {
      PgSearchTable.create(c);
      for (int from = 0; from < programs; from += BATCH) {
        List<Program> batch = new ArrayList<>();
        for (int i = from; i < Math.min(programs, from + BATCH); i++) {
          batch.add(corpus.program(i));
        }
        long t0 = System.nanoTime();
        store.saveAll(batch.stream()
            .map(p -> new ProgramStore.Change(p, SourceKind.CRAWL, Optional.empty(), "synthetic corpus"))
            .toList());
        long t1 = System.nanoTime();
        PgSearchTable.insert(c, batch, now, vocabulary);
        tableNanos += System.nanoTime() - t1;
        storeNanos += t1 - t0;
      }
      long t2 = System.nanoTime();
      PgSearchTable.index(c);
      report("pg_table_index_ms", (System.nanoTime() - t2) / 1_000_000);
    }
    report("programs", store.count());
    report("store_save_all_ms", storeNanos / 1_000_000);
    report("pg_table_insert_ms", tableNanos / 1_000_000);
  }

  private static void timeRebuilds(SearchService search) {
    for (int i = 1; i <= REBUILDS; i++) {
      long start = System.nanoTime();
      search.rebuild();
      report("rebuild_ms_" + i, (System.nanoTime() - start) / 1_000_000);
    }
    report("indexed", search.indexedPrograms());
  }

  private static void cleanUp(BenchDatabase database, Path data) {
    try {
      database.drop();
    } catch (SQLException e) {
      System.err.println("bench: could not drop " + database.name() + ": " + e.getMessage());
    }
    try (Stream<Path> files = Files.walk(data)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      System.err.println("bench: could not delete " + data + ": " + e.getMessage());
    }
  }

  private static long size(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void report(String key, Object value) {
    System.out.println("bench: " + key + " " + value);
    System.out.flush();
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? otherwise : value;
  }
}
