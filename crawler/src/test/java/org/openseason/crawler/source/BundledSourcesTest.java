package org.openseason.crawler.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openseason.crawler.DocumentKind;
import org.openseason.crawler.extract.ExtractorKind;
import org.openseason.crawler.extract.ExtractorSettings;

/** Sanity checks on the bundled source files, and that every kind of source and extractor has a fixture. */
class BundledSourcesTest {

  private static final Path SOURCES = Path.of("src/main/resources/sources");
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures/extract");

  @Test
  void everyBundledSourceFileReadsAndTheIndexListsExactlyThem() throws IOException {
    List<String> files;
    try (Stream<Path> list = Files.list(SOURCES)) {
      files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
    }
    for (String file : files) {
      SourceFiles.read(SOURCES.resolve(file));
    }
    List<SourceDefinition> bundled = SourceFiles.bundled();
    assertThat(bundled).extracting(s -> s.spec().id() + ".yaml").containsExactlyInAnyOrderElementsOf(files);
    assertThat(bundled).hasSizeGreaterThanOrEqualTo(6);
  }

  @Test
  void everyBundledSourceFeedsAProgramOfTheCatalogWhenItNamesOne() {
    for (SourceDefinition source : SourceFiles.bundled()) {
      source.spec().program().ifPresent(slug -> assertThat(Path.of("../catalog/programs/" + slug + ".yaml"))
          .as(source.spec().id() + " feeds " + slug).exists());
      assertThat(source.licence()).isNotBlank();
    }
  }

  @Test
  void noBundledSourceCrawlsLfxMentorshipWhichDisallowsIt() {
    for (SourceDefinition source : SourceFiles.bundled()) {
      String host = source.spec().url().getHost().toLowerCase(Locale.ROOT);
      assertThat(host).as(source.spec().id()).doesNotContain("lfx.dev").doesNotEndWith("lfx.linuxfoundation.org");
    }
  }

  @Test
  void everyDocumentKindAndEveryExtractorHasAFixtureCase() throws IOException {
    Set<ExtractorKind> extractors = EnumSet.noneOf(ExtractorKind.class);
    Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
    try (Stream<Path> folders = Files.list(FIXTURES)) {
      for (Path folder : folders.filter(Files::isDirectory).toList()) {
        String name = folder.getFileName().toString();
        SourceDefinition fixture = SourceFiles.read(name + ".yaml", Files.readString(folder.resolve("source.yaml")));
        kinds.add(fixture.spec().kind());
        fixture.spec().effectiveExtractors().stream().map(ExtractorSettings::kind).forEach(extractors::add);
        assertThat(folder.resolve("expected.json")).as(name + " has its expected output").exists();
      }
    }
    assertThat(kinds).containsExactlyInAnyOrder(DocumentKind.values());
    assertThat(extractors).containsExactlyInAnyOrder(ExtractorKind.values());
    Set<ExtractorKind> bundled = SourceFiles.bundled().stream()
        .flatMap(s -> s.spec().effectiveExtractors().stream()).map(ExtractorSettings::kind)
        .collect(Collectors.toSet());
    assertThat(extractors).containsAll(bundled);
  }
}
