package org.openseason.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openseason.crawler.ProgramFact.Background;
import org.openseason.crawler.ProgramFact.Cadence;
import org.openseason.crawler.ProgramFact.Hours;
import org.openseason.crawler.ProgramFact.Pay;
import org.openseason.crawler.ProgramFact.Rolling;
import org.openseason.crawler.normalize.Technologies;
import org.openseason.crawler.source.SourceDefinition;
import org.openseason.crawler.source.SourceFiles;
import org.openseason.crawler.testing.FixtureServer;
import org.openseason.crawler.testing.RealFixtures;
import org.openseason.crawler.testing.TestConfigs;
import org.openseason.crawler.testing.TestVocabulary;
import org.openseason.domain.CompensationKind;
import org.openseason.domain.Milestone;
import org.openseason.domain.ProjectIdea;

/**
 * The quality bars on real published pages, read in place from the shared fixtures, served from loopback and
 * crawled with the bundled source definitions (their URLs pointed at the fixture server).
 */
@Timeout(60)
class RealPagesTest {

  @Test
  void extractsTheCncfTermIdeasWithTheirProjectsAndTechnologies() throws IOException {
    Path readme = RealFixtures.file("cncf-lfx-2026-term3/README.md");
    Path export = RealFixtures.file("cncf-lfx-2026-term3/lfx-export.json");
    Extraction extraction = crawlBundled("cncf-lfx-2026-term-3", readme, "/README.md", "text/plain; charset=utf-8");

    List<Map<String, Object>> truth = exportedIdeas(export);
    Technologies technologies = new Technologies(TestVocabulary.catalog());
    int titled = 0;
    int techsExpected = 0;
    int techsFound = 0;
    for (Map<String, Object> expected : truth) {
      String title = (String) expected.get("program_name_short");
      String project = (String) expected.get("cncf_project");
      Optional<ProjectIdea> idea = extraction.projects().stream()
          .filter(p -> p.title().equals(title) && p.project().equals(Optional.of(project))).findFirst();
      if (idea.isEmpty()) {
        System.out.println("CNCF idea not extracted: " + project + " / " + title);
        continue;
      }
      titled++;
      Set<String> want = lower(technologies.normalizeList((String) expected.get("technologies")));
      Set<String> got = lower(idea.get().technologies());
      techsExpected += want.size();
      techsFound += (int) want.stream().filter(got::contains).count();
    }
    double ideaShare = titled / (double) truth.size();
    double techShare = techsFound / (double) techsExpected;
    System.out.printf(Locale.ROOT, "CNCF 2026 term 3: %d of %d ideas with exact title and project (%.1f%%), "
        + "%d of %d technologies (%.1f%%)%n", titled, truth.size(), 100 * ideaShare, techsFound, techsExpected,
        100 * techShare);
    assertThat(ideaShare).isGreaterThanOrEqualTo(0.95);
    assertThat(techShare).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void readsAllTwelveCncfTimelineRowsWithTheirDatesAndUtcTimes() {
    Path readme = RealFixtures.file("cncf-lfx-2026-term3/README.md");
    Extraction extraction = crawlBundled("cncf-lfx-2026-term-3", readme, "/README.md", "text/plain; charset=utf-8");

    List<String> rows = timelineLabels(readme);
    assertThat(rows).hasSize(12);
    assertThat(extraction.milestones()).extracting(Milestone::title).containsExactlyInAnyOrderElementsOf(rows);
    List<String> dates = extraction.milestones().stream()
        .map(m -> ExtractionMaps.iso(m.start()) + m.end().map(e -> " " + ExtractionMaps.iso(e)).orElse("")).toList();
    assertThat(dates).containsExactly(
        "2026-07-01 2026-07-28T18:00Z",
        "2026-07-21",
        "2026-08-03T00:00Z 2026-08-18T23:59Z",
        "2026-08-19 2026-09-01T18:00Z",
        "2026-09-02 2026-09-04",
        "2026-09-07",
        "2026-09-08",
        "2026-10-20T18:00Z",
        "2026-10-21",
        "2026-11-24T18:00Z",
        "2026-11-25",
        "2026-11-27");
    assertThat(extraction.milestones()).extracting(m -> m.kind().key()).contains("organization-applications",
        "applications", "selection", "program-start", "midterm", "program-end");
  }

  @Test
  void readsTheSameCncfIdeasAndTimelineInAPreviewWithDefaultExtractors() {
    Path readme = RealFixtures.file("cncf-lfx-2026-term3/README.md");
    Extraction bundled = crawlBundled("cncf-lfx-2026-term-3", readme, "/README.md", "text/plain; charset=utf-8");
    try (FixtureServer server = FixtureServer.start(); Crawler crawler = Crawler.create(TestConfigs.fast(server))) {
      server.route("/README.md", exchange -> FixtureServer.send(exchange, 200, "text/plain; charset=utf-8",
          Files.readAllBytes(readme)));
      Extraction preview = crawler.preview(server.uri("/README.md"), DocumentKind.MARKDOWN);
      assertThat(preview.projects()).isEqualTo(bundled.projects());
      assertThat(preview.milestones()).isEqualTo(bundled.milestones());
    }
  }

  @Test
  void dropsMentorsFromTheCncfTerm() throws IOException {
    Path readme = RealFixtures.file("cncf-lfx-2026-term3/README.md");
    Extraction extraction = crawlBundled("cncf-lfx-2026-term-3", readme, "/README.md", "text/plain; charset=utf-8");

    String json = new ObjectMapper().writeValueAsString(extraction.toMap());
    Matcher handles = Pattern.compile("^\\s+- (.+) \\((@[\\w-]+)", Pattern.MULTILINE).matcher(Files.readString(readme));
    int mentors = 0;
    while (handles.find()) {
      mentors++;
      assertThat(json).doesNotContain(handles.group(2) + ")").doesNotContain("\"" + handles.group(1) + "\"");
    }
    assertThat(mentors).isGreaterThan(50);
  }

  @Test
  void makesEveryRowOfTheHtmlListOfProgramsACandidateWithNameAndLink() throws IOException {
    Path page = RealFixtures.file("open-source-programs-list/index.html");
    Extraction extraction = crawlBundled("open-source-programs-list", page, "/index.html", "text/html");

    int rows = dataRows(Files.readString(page));
    System.out.println("open-source-programs-list: " + extraction.programs().size() + " candidates from " + rows
        + " table rows");
    assertThat(rows).isGreaterThan(50);
    assertThat(extraction.programs()).hasSize(rows);
    assertThat(extraction.programs()).allSatisfy(p -> {
      assertThat(p.name()).isNotBlank();
      assertThat(p.homepage()).isPresent();
    });
    assertThat(extraction.programs()).anySatisfy(p -> assertThat(p.fact(Pay.class)).isPresent());
  }

  @Test
  void makesEveryRowOfTheListACandidateInAPreviewOfTheHtmlOrTheMarkdownToo() throws IOException {
    Path html = RealFixtures.file("open-source-programs-list/index.html");
    Path markdown = RealFixtures.file("open-source-programs-list/README.md");
    try (FixtureServer server = FixtureServer.start(); Crawler crawler = Crawler.create(TestConfigs.fast(server))) {
      server.route("/index.html", exchange -> FixtureServer.send(exchange, 200, "text/html", Files.readAllBytes(html)));
      server.route("/README.md", exchange -> FixtureServer.send(exchange, 200, "text/plain; charset=utf-8",
          Files.readAllBytes(markdown)));
      Extraction fromHtml = crawler.preview(server.uri("/index.html"), DocumentKind.HTML);
      Extraction fromMarkdown = crawler.preview(server.uri("/README.md"), DocumentKind.MARKDOWN);
      assertThat(fromHtml.programs()).hasSize(dataRows(Files.readString(html)));
      assertThat(fromMarkdown.programs()).hasSize(markdownRows(Files.readString(markdown)))
          .allSatisfy(p -> assertThat(p.homepage()).isPresent());
    }
  }

  @Test
  void readsTheSciclojPageAsARollingUnpaidMentorshipWithCadenceHoursAndBackground() {
    Path page = RealFixtures.file("scicloj-mentoring/index.md");
    Extraction extraction = crawlBundled("scicloj-mentoring-page", page, "/index.md", "text/plain; charset=utf-8");

    assertThat(extraction.programs()).hasSize(1);
    ProgramCandidate program = extraction.programs().get(0);
    System.out.println("Scicloj facts: " + program.facts());
    assertThat(program.fact(Rolling.class)).hasValueSatisfying(r -> assertThat(r.rolling()).isTrue());
    assertThat(program.fact(Pay.class)).hasValueSatisfying(
        p -> assertThat(p.compensation().kind()).isEqualTo(CompensationKind.NONE));
    assertThat(program.fact(Cadence.class)).hasValueSatisfying(
        c -> assertThat(c.interval()).isEqualTo("every 1-2 weeks"));
    assertThat(program.fact(Hours.class)).hasValueSatisfying(
        h -> assertThat(h.hours().min()).contains(4));
    assertThat(program.facts(Background.class)).anySatisfy(
        b -> assertThat(b.requirement()).containsIgnoringCase("year of Clojure"));
  }

  @Test
  void readsTheSameSciclojFactsInAPreviewWithDefaultExtractors() {
    Path page = RealFixtures.file("scicloj-mentoring/index.md");
    try (FixtureServer server = FixtureServer.start(); Crawler crawler = Crawler.create(TestConfigs.fast(server))) {
      server.route("/index.md", exchange -> FixtureServer.send(exchange, 200, "text/plain; charset=utf-8",
          Files.readAllBytes(page)));
      Extraction preview = crawler.preview(server.uri("/index.md"), DocumentKind.MARKDOWN);
      assertThat(preview.programs()).singleElement().satisfies(program -> assertThat(program.facts())
          .extracting(ProgramFact::key).contains("rolling", "compensation", "meeting-cadence", "hours-per-week",
              "background"));
      assertThat(preview.milestones()).isEmpty();
    }
  }

  /** Crawls a real page with a bundled source's settings, served from loopback. */
  private static Extraction crawlBundled(String sourceId, Path file, String path, String contentType) {
    SourceDefinition bundled = SourceFiles.bundled().stream().filter(s -> s.spec().id().equals(sourceId))
        .findFirst().orElseThrow();
    try (FixtureServer server = FixtureServer.start()) {
      server.route(path, exchange -> FixtureServer.send(exchange, 200, contentType, Files.readAllBytes(file)));
      SourceSpec spec = bundled.spec();
      SourceSpec local = new SourceSpec(spec.id(), server.uri(path), spec.kind(), spec.extractors(), spec.program(),
          spec.validators());
      try (Crawler crawler = Crawler.create(TestConfigs.fast(server))) {
        Extraction extraction = crawler.extract(local);
        extraction.problems().forEach(p -> System.out.println(sourceId + " problem: " + p));
        assertThat(extraction.failed()).isFalse();
        return extraction;
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> exportedIdeas(Path export) throws IOException {
    Map<String, Object> json = new ObjectMapper().readValue(export.toFile(), Map.class);
    return (List<Map<String, Object>>) json.get("programs");
  }

  /** The activity column of the README's timeline table, read here independently of the crawler. */
  private static List<String> timelineLabels(Path readme) {
    try {
      List<String> labels = new ArrayList<>();
      boolean inTable = false;
      for (String line : Files.readAllLines(readme)) {
        if (line.startsWith("| Activity")) {
          inTable = true;
        } else if (inTable && line.startsWith("|") && !line.startsWith("|--")) {
          labels.add(line.split("\\|")[1].strip());
        } else if (inTable && !line.startsWith("|")) {
          break;
        }
      }
      return labels;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Table rows that hold data cells, counted on the raw HTML. */
  private static int dataRows(String html) {
    int rows = 0;
    for (String row : html.split("(?i)<tr[\\s>]")) {
      if (row.contains("<td")) {
        rows++;
      }
    }
    return rows;
  }

  /** Rows of Markdown tables, without header rows (the line above a |---| line) and separators. */
  private static int markdownRows(String markdown) {
    List<String> lines = markdown.lines().toList();
    int rows = 0;
    for (int i = 0; i < lines.size(); i++) {
      boolean row = lines.get(i).startsWith("|") && !lines.get(i).matches("\\|[-:| ]+\\|\\s*");
      boolean header = i + 1 < lines.size() && lines.get(i + 1).matches("\\|[-:| ]+\\|\\s*");
      if (row && !header) {
        rows++;
      }
    }
    return rows;
  }

  private static Set<String> lower(List<String> values) {
    return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(HashSet::new));
  }
}
