package org.openseason.crawler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.openseason.crawler.fetch.Fetched;
import org.openseason.crawler.fetch.Validators;
import org.openseason.crawler.source.SourceDefinition;
import org.openseason.crawler.source.SourceFiles;
import org.openseason.crawler.testing.TestConfigs;

/**
 * One folder of {@code src/test/resources/fixtures/extract}: a source definition ({@code source.yaml}, the format of
 * the bundled sources), the document it reads ({@code document.*}) and the extraction expected from it
 * ({@code expected.json}). Adding a regression means adding a folder.
 */
record FixtureCase(String name, Path folder) {

  static final Path ROOT = Path.of("src/test/resources/fixtures/extract");
  static final Instant FETCHED_AT = Instant.parse("2027-01-15T12:00:00Z");

  static List<FixtureCase> all() {
    try (Stream<Path> folders = Files.list(ROOT)) {
      return folders.filter(Files::isDirectory).sorted().map(f -> new FixtureCase(f.getFileName().toString(), f))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static FixtureCase named(String name) {
    return new FixtureCase(name, ROOT.resolve(name));
  }

  SourceDefinition source() {
    try {
      return SourceFiles.read(name + ".yaml", Files.readString(folder.resolve("source.yaml")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path document() {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().startsWith("document.")).findFirst().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path expected() {
    return folder.resolve("expected.json");
  }

  /** Parses, extracts and normalizes the document as if it had just been fetched from the source's URL. */
  Extraction extract() {
    SourceDefinition source = source();
    String type = switch (source.spec().kind()) {
      case HTML -> "text/html; charset=utf-8";
      case MARKDOWN -> "text/plain; charset=utf-8";
      case FEED -> "application/rss+xml";
    };
    try (CrawlPipeline pipeline = CrawlPipeline.assemble(TestConfigs.fast())) {
      Fetched fetched = new Fetched(source.spec().url(), 200, Optional.of(type), Files.readAllBytes(document()),
          Validators.of("\"v1\"", null), List.of(), FETCHED_AT, false);
      return pipeline.read(source.spec(), fetched);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
