package org.openseason.crawler.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real published pages in {@code ../../shared/fixtures} (or {@code OPENSEASON_FIXTURES}) and the real crawl
 * archived in {@code ../../shared/corpus/sources.warc.gz} (or {@code OPENSEASON_CORPUS}), read in place and never
 * copied. When they are missing a test is skipped with a message, or fails when
 * {@code OPENSEASON_REQUIRE_FIXTURES=true}.
 */
public final class RealFixtures {

  private RealFixtures() {}

  public static Path root() {
    String configured = System.getenv("OPENSEASON_FIXTURES");
    return configured == null || configured.isBlank() ? Path.of("../../shared/fixtures") : Path.of(configured);
  }

  /** The fixture file at {@code relative}, or the test is skipped (or failed) when it is not there. */
  public static Path file(String relative) {
    return existing(root().resolve(relative), "real-page fixture", "OPENSEASON_FIXTURES to the fixtures folder");
  }

  /** The archived real crawl (WARC), or the test is skipped (or failed) when it is not there. */
  public static Path corpusArchive() {
    String configured = System.getenv("OPENSEASON_CORPUS");
    Path file = configured == null || configured.isBlank() ? Path.of("../../shared/corpus/sources.warc.gz")
        : Path.of(configured);
    return existing(file, "corpus archive", "OPENSEASON_CORPUS to the archive sources.warc.gz");
  }

  private static Path existing(Path file, String what, String setting) {
    if (!Files.isRegularFile(file)) {
      String message = what + " " + file.toAbsolutePath().normalize() + " is missing; set " + setting;
      if ("true".equalsIgnoreCase(System.getenv("OPENSEASON_REQUIRE_FIXTURES"))) {
        fail(message);
      }
      System.out.println("SKIPPED: " + message);
      Assumptions.abort(message);
    }
    return file;
  }
}
