package org.openseason.api.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openseason.domain.CompensationKind;
import org.openseason.domain.Cycle;
import org.openseason.domain.Lifecycle;
import org.openseason.domain.Program;
import org.openseason.domain.StatusKind;

/** Every bundled catalog file is valid, and a broken one is reported with its file name and field. */
class CatalogFilesTest {

  static final Path CATALOG = Path.of("..", "catalog");

  static Stream<Path> programFiles() throws IOException {
    return Files.list(CATALOG.resolve("programs")).filter(p -> p.toString().endsWith(".yaml")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programFiles")
  void everyProgramFileIsValid(Path file) {
    Program program = CatalogReader.readProgram(file);

    assertThat(program.interests()).as("%s interests", file).isNotEmpty();
    assertThat(program.provenance().sourceUrl()).as("%s provenance.source_url", file).isPresent();
  }

  @Test
  void theCatalogHoldsAtLeast45ProgramsWithoutDuplicatesOrDanglingReferences() {
    Catalog catalog = CatalogReader.fromFolder(CATALOG);

    assertThat(catalog.programs()).hasSizeGreaterThanOrEqualTo(45);
    assertThat(catalog.programList()).anyMatch(p -> p.lifecycle() == Lifecycle.DISCONTINUED);
    assertThat(catalog.programList()).filteredOn(p -> !p.cycles().isEmpty()).hasSizeGreaterThanOrEqualTo(15);
  }

  @Test
  void sciclojIsARollingUnpaidMentorshipWithIdeas() {
    Program scicloj = CatalogReader.readProgram(CATALOG.resolve("programs/scicloj-mentoring.yaml"));

    assertThat(scicloj.statusAt(Instant.now()).kind()).isEqualTo(StatusKind.ROLLING);
    assertThat(scicloj.compensation().kind()).isEqualTo(CompensationKind.NONE);
    assertThat(scicloj.eligibility().hoursPerWeek().min()).contains(4);
    assertThat(scicloj.eligibility().prerequisites()).anyMatch(p -> p.contains("Clojure"));
    assertThat(scicloj.participation().schedule()).isPresent();
    assertThat(scicloj.cycles()).flatExtracting(Cycle::ideas).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void theBundledCatalogOnTheClassPathIsTheSameAsTheFolder() {
    assertThat(CatalogReader.fromClasspath().programs().keySet())
        .isEqualTo(CatalogReader.fromFolder(CATALOG).programs().keySet());
  }

  @Test
  void reportsTheFileAndTheFieldOfAnError(@TempDir Path dir) throws IOException {
    copyCatalogWith(dir, "broken.yaml", """
        slug: broken
        name: Broken Program
        organizer: Someone
        homepage: https://example.org/broken
        kind: mentorship
        lifecycle: active
        summary: A program with a bad date.
        interests: [python]
        cycles:
          - label: "2026"
            milestones:
              - kind: applications
                start: 2026-13-01
        provenance: {source_url: https://example.org/broken, verified: 2026-11-01}
        """);

    assertThatThrownBy(() -> CatalogReader.fromFolder(dir))
        .isInstanceOf(CatalogException.class)
        .hasMessageStartingWith("broken.yaml: cycles[0].milestones[0].start: '2026-13-01' is not a date");
  }

  @Test
  void reportsAnInterestMissingFromTheVocabulary(@TempDir Path dir) throws IOException {
    copyCatalogWith(dir, "odd.yaml", """
        slug: odd
        name: Odd Program
        organizer: Someone
        homepage: https://example.org/odd
        kind: grant
        lifecycle: active
        summary: Uses an interest nobody reviewed.
        interests: [underwater-basket-weaving]
        provenance: {source_url: https://example.org/odd, verified: 2026-11-01}
        """);

    assertThatThrownBy(() -> CatalogReader.fromFolder(dir))
        .hasMessage("odd.yaml: interests: 'underwater-basket-weaving' is not in interests.yaml");
  }

  @Test
  void reportsADuplicateHomepage(@TempDir Path dir) throws IOException {
    copyCatalogWith(dir, "zz-copy.yaml", """
        slug: zz-copy
        name: A Copy
        organizer: Someone
        homepage: https://www.outreachy.org/
        kind: internship
        lifecycle: active
        summary: The same program again.
        interests: [python]
        provenance: {source_url: https://example.org/copy, verified: 2026-11-01}
        """);

    assertThatThrownBy(() -> CatalogReader.fromFolder(dir))
        .hasMessageStartingWith("zz-copy.yaml: homepage: 'outreachy.org' is also in outreachy.yaml");
  }

  @Test
  void readsNorwayAsACountryNotAsFalse(@TempDir Path dir) throws IOException {
    copyCatalogWith(dir, "norway.yaml", """
        slug: norway
        name: Norway Program
        organizer: Someone
        homepage: https://example.org/norway
        kind: internship
        lifecycle: active
        summary: Only for residents of Norway.
        interests: [python]
        eligibility: {countries_allowed: [NO]}
        provenance: {source_url: https://example.org/norway, verified: 2026-11-01}
        """);

    assertThat(CatalogReader.fromFolder(dir).programs().get("norway.yaml").eligibility().countriesAllowed())
        .containsExactly("NO");
  }

  private static void copyCatalogWith(Path dir, String name, String content) throws IOException {
    Files.createDirectories(dir.resolve("programs"));
    Files.copy(CATALOG.resolve("interests.yaml"), dir.resolve("interests.yaml"));
    try (Stream<Path> files = programFiles()) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve("programs").resolve(file.getFileName()));
      }
    }
    Files.writeString(dir.resolve("programs").resolve(name), content);
  }

}
