package org.openseason.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;

/**
 * A database of its own for one test: embedded H2 in a temporary folder, or a fresh database on the PostgreSQL
 * server given by {@code OPENSEASON_TEST_POSTGRES_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/postgres},
 * user {@code OPENSEASON_TEST_POSTGRES_USER}, default postgres), created for the test and dropped after it.
 *
 * <p>When that server cannot be reached the PostgreSQL runs are skipped with a message, unless
 * {@code OPENSEASON_REQUIRE_POSTGRES=true} (as {@code .ci/run} sets), which turns the skip into a failure.
 */
public final class TestDatabase implements AutoCloseable {

  private static final String ADMIN_URL =
      env("OPENSEASON_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
  private static final String USER = env("OPENSEASON_TEST_POSTGRES_USER", "postgres");
  private static final String PASSWORD = env("OPENSEASON_TEST_POSTGRES_PASSWORD", "");

  private final String name;
  private final Map<String, Object> properties;
  private final Runnable drop;

  private TestDatabase(String name, Map<String, Object> properties, Runnable drop) {
    this.name = name;
    this.properties = properties;
    this.drop = drop;
  }

  /** H2 and PostgreSQL, for {@code @MethodSource}. */
  public static List<Named<Supplier<TestDatabase>>> both() {
    return List.of(Named.of("H2", TestDatabase::h2), Named.of("PostgreSQL", TestDatabase::postgres));
  }

  public static TestDatabase h2() {
    try {
      Path dir = Files.createTempDirectory("openseason-h2");
      return new TestDatabase(
          "H2",
          Map.of("openseason.data-dir", dir.toString()),
          () -> deleteQuietly(dir));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static TestDatabase postgres() {
    String database = "openseason_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
        Statement st = admin.createStatement()) {
      st.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      String message = "PostgreSQL is not reachable at " + ADMIN_URL + " (" + e.getMessage() + ")";
      if ("true".equalsIgnoreCase(System.getenv("OPENSEASON_REQUIRE_POSTGRES"))) {
        throw new AssertionError(message + " but OPENSEASON_REQUIRE_POSTGRES=true", e);
      }
      System.err.println("SKIPPED PostgreSQL database tests: " + message);
      Assumptions.abort(message + ": PostgreSQL tests skipped, H2 tests ran");
    }
    String url = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + database;
    Path dir;
    try {
      dir = Files.createTempDirectory("openseason-pg");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new TestDatabase(
        "PostgreSQL",
        Map.of(
            "openseason.data-dir", dir.toString(),
            "datasources.default.url", url,
            "datasources.default.username", USER,
            "datasources.default.password", PASSWORD),
        () -> {
          deleteQuietly(dir);
          try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
              Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
          } catch (SQLException e) {
            System.err.println("Could not drop test database " + database + ": " + e.getMessage());
          }
        });
  }

  public String name() {
    return name;
  }

  /** The application properties that point OpenSeason at this database and a fresh data folder. */
  public Map<String, Object> properties() {
    return properties;
  }

  public boolean isPostgres() {
    return name.toLowerCase(Locale.ROOT).contains("postgres");
  }

  @Override
  public void close() {
    drop.run();
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? otherwise : value;
  }

  static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException ignored) {
      // a temporary folder left behind does no harm
    }
  }
}
