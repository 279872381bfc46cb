package org.openseason.crawler.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openseason.crawler.DocumentKind;
import org.openseason.crawler.extract.ExtractorKind;
import org.openseason.crawler.extract.SectionsSettings;
import org.openseason.crawler.extract.TimelineSettings;

class SourceFilesTest {

  private static final String VALID = """
      id: example
      url: https://example.org/term/README.md
      kind: markdown
      program: cncf-mentoring
      schedule: P1W
      licence: CC-BY-4.0
      attribution: Example
      extractors:
        - type: sections
          project_level: 2
          idea_level: 3
          labels:
            skills: [Needed skills]
        - type: timeline
          year: 2027
          zone: PDT
      """;

  @Test
  void readsASourceWithItsExtractorSettings() {
    SourceDefinition source = SourceFiles.read("example.yaml", VALID);
    assertThat(source.spec().kind()).isEqualTo(DocumentKind.MARKDOWN);
    assertThat(source.spec().program()).contains("cncf-mentoring");
    assertThat(source.schedule()).isEqualTo(Duration.ofDays(7));
    assertThat(source.enabled()).isTrue();
    assertThat(source.spec().extractors()).extracting(s -> s.kind())
        .containsExactly(ExtractorKind.SECTIONS, ExtractorKind.TIMELINE);
    SectionsSettings sections = (SectionsSettings) source.spec().extractors().get(0);
    assertThat(sections.ideaLevel()).contains(3);
    assertThat(sections.labels().get(SectionsSettings.IdeaField.SKILLS)).contains("Needed skills",
        "recommended skills");
    assertThat(((TimelineSettings) source.spec().extractors().get(1)).year()).contains(2027);
  }

  @Test
  void readsASourceThatNamesNoExtractorSettings() {
    SourceDefinition source = SourceFiles.read("ideas.yaml", """
        id: ideas
        url: https://example.org/gsoc/ideas.md
        kind: markdown
        program: google-summer-of-code
        licence: none stated (facts only, linked to the source)
        cycle: "2027"
        """);

    assertThat(source.spec().extractors()).isEmpty();
    assertThat(source.spec().effectiveExtractors()).extracting(s -> s.kind()).containsExactly(
        ExtractorKind.PROGRAM_PAGE, ExtractorKind.TABLE, ExtractorKind.SECTIONS, ExtractorKind.TIMELINE);
    assertThat(((SectionsSettings) source.spec().effectiveExtractors().get(2)).levels()).isEmpty();
    assertThat(source.cycle()).contains("2027");
  }

  @Test
  void oneHeadingLevelSetAloneGivesTheOtherNextToIt() {
    SourceDefinition source = SourceFiles.read("ideas.yaml", """
        id: ideas
        url: https://example.org/gsoc/ideas.md
        kind: markdown
        licence: CC-BY-4.0
        extractors:
          - type: sections
            idea_level: 5
        """);

    assertThat(((SectionsSettings) source.spec().extractors().get(0)).levels())
        .contains(new SectionsSettings.Levels(4, 5));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      kind: markdown                    | kind: pdf                         | kind
      url: https://example.org/term/README.md | url: file:///etc/passwd   | url
      licence: CC-BY-4.0                | licence: ''                       | licence
      schedule: P1W                     | schedule: P1M                     | schedule
      idea_level: 3                     | idea_level: 2                     | extractors[0].idea_level
      project_level: 2                  | project_level: seven              | extractors[0].project_level
      - type: timeline                  | - type: calendar                  | extractors[1].type
      year: 2027                        | year: 1066                        | extractors[1].year
      zone: PDT                         | zone: Mars/Olympus                | extractors[1].zone
      skills: [Needed skills]           | mentors: [Mentor]                 | extractors[0].labels.mentors
      attribution: Example              | attributon: Example               | attributon
      """)
  void namesTheFileAndTheFieldAtFault(String valid, String broken, String field) {
    String yaml = VALID.replace(valid, broken);
    assertThatThrownBy(() -> SourceFiles.read("example.yaml", yaml)).isInstanceOfSatisfying(
        SourceFileException.class, e -> {
          assertThat(e.file()).isEqualTo("example.yaml");
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.getMessage()).startsWith("example.yaml: " + field + ": ");
        });
  }

  @Test
  void requiresTheIdToMatchTheFileName() {
    assertThatThrownBy(() -> SourceFiles.read("other.yaml", VALID)).isInstanceOfSatisfying(
        SourceFileException.class, e -> assertThat(e.field()).isEqualTo("id"));
  }

  @Test
  void reportsYamlThatDoesNotParse() {
    assertThatThrownBy(() -> SourceFiles.read("example.yaml", "id: [unclosed")).isInstanceOfSatisfying(
        SourceFileException.class, e -> assertThat(e.getMessage()).startsWith("example.yaml: is not valid YAML"));
  }
}
