package org.openseason.crawler.extract;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.openseason.crawler.Problem;
import org.openseason.crawler.ProgramFact;
import org.openseason.crawler.Stage;
import org.openseason.crawler.parse.HtmlPage;
import org.openseason.crawler.parse.ParsedDocument;
import org.openseason.crawler.parse.StructuredItem;
import org.openseason.domain.MilestoneKind;

/**
 * Reads schema.org items into the same findings as the other extractors: an EducationalOccupationalProgram, Course
 * or JobPosting is a program candidate, with its application and run dates as milestones; an Event or
 * CourseInstance is a milestone named after it.
 */
final class StructuredDataExtractor implements Extractor {

  private static final Set<String> PROGRAMS =
      Set.of("EducationalOccupationalProgram", "WorkBasedProgram", "Course", "JobPosting");

  private final StructuredDataSettings settings;

  StructuredDataExtractor(StructuredDataSettings settings) {
    this.settings = settings;
  }

  @Override
  public RawExtraction extract(ParsedDocument document) {
    if (!(document instanceof HtmlPage page)) {
      return RawExtraction.problem(Problem.warning(Stage.EXTRACT, ExtractReason.WRONG_DOCUMENT_KIND,
          "structured data is read from pages, not feeds"));
    }
    List<RawProgram> programs = new ArrayList<>();
    List<RawMilestone> milestones = new ArrayList<>();
    for (StructuredItem item : page.structured()) {
      if (!settings.types().contains(item.type())) {
        continue;
      }
      if (PROGRAMS.contains(item.type())) {
        program(item).ifPresent(programs::add);
        milestones.addAll(programDates(item));
      } else {
        event(item).ifPresent(milestones::add);
      }
    }
    return new RawExtraction(programs, List.of(), milestones, List.of(), List.of());
  }

  private static Optional<RawProgram> program(StructuredItem item) {
    Optional<String> name = item.text("name").or(() -> item.text("title"));
    if (name.isEmpty()) {
      return Optional.empty();
    }
    List<ProgramFact> facts = new ArrayList<>();
    item.text("timeToComplete").ifPresent(iso -> facts.add(
        new ProgramFact.Length(iso, iso, Evidence.of("timeToComplete: " + iso))));
    item.text("programPrerequisites").or(() -> item.text("coursePrerequisites")).or(() -> item.text("qualifications"))
        .or(() -> item.text("experienceRequirements"))
        .ifPresent(text -> facts.add(new ProgramFact.Background(Evidence.of(text), Evidence.of(text))));
    item.item("baseSalary").flatMap(StructuredDataExtractor::salaryText)
        .flatMap(text -> PayRules.pay(text, Evidence.of("baseSalary: " + text))).ifPresent(facts::add);
    if (item.text("jobLocationType").filter(t -> t.toUpperCase(Locale.ROOT).contains("TELECOMMUTE"))
        .isPresent() || item.text("educationalProgramMode").filter(t -> t.toLowerCase(Locale.ROOT)
        .contains("online")).isPresent()) {
      facts.addAll(FactRules.mode("remote", Evidence.of("remote (schema.org)")).stream().toList());
    }
    Optional<String> description = item.text("description").map(html -> Jsoup.parse(html).text());
    return Optional.of(new RawProgram(name.get(), item.text("url"), description, Optional.empty(),
        Optional.empty(), Optional.empty(), facts));
  }

  /** "USD 3000 - 6000 per MONTH", as a sentence the pay rules read. */
  private static Optional<String> salaryText(Map<String, Object> salary) {
    StructuredItem amount = new StructuredItem("MonetaryAmount", salary);
    Optional<String> currency = amount.text("currency");
    Optional<Map<String, Object>> value = amount.item("value");
    Optional<String> min = value.flatMap(v -> new StructuredItem("QuantitativeValue", v).text("minValue"))
        .or(() -> value.flatMap(v -> new StructuredItem("QuantitativeValue", v).text("value")))
        .or(() -> amount.text("value"));
    Optional<String> max = value.flatMap(v -> new StructuredItem("QuantitativeValue", v).text("maxValue"));
    if (currency.isEmpty() || min.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("stipend " + currency.get() + " " + min.get() + max.map(m -> " - " + m).orElse(""));
  }

  private static List<RawMilestone> programDates(StructuredItem item) {
    List<RawMilestone> dates = new ArrayList<>();
    Optional<String> opens = item.text("applicationStartDate");
    Optional<String> deadline = item.text("applicationDeadline").or(() -> item.text("validThrough"));
    if (opens.isPresent()) {
      dates.add(milestone("Applications", opens.get() + deadline.map(d -> " to " + d).orElse(""),
          MilestoneKind.APPLICATIONS));
    } else {
      deadline.ifPresent(d -> dates.add(milestone("Application deadline", d, MilestoneKind.APPLICATION_DEADLINE)));
    }
    Optional<String> start = item.text("startDate");
    Optional<String> end = item.text("endDate");
    if (start.isPresent() && end.isPresent()) {
      dates.add(milestone("Program period", start.get() + " to " + end.get(), MilestoneKind.PROGRAM));
    } else {
      start.ifPresent(s -> dates.add(milestone("Program starts", s, MilestoneKind.PROGRAM_START)));
      end.ifPresent(e -> dates.add(milestone("Program ends", e, MilestoneKind.PROGRAM_END)));
    }
    return dates;
  }

  private static Optional<RawMilestone> event(StructuredItem item) {
    Optional<String> name = item.text("name");
    Optional<String> start = item.text("startDate");
    if (name.isEmpty() || start.isEmpty()) {
      return Optional.empty();
    }
    String dates = start.get() + item.text("endDate").map(e -> " to " + e).orElse("");
    return Optional.of(new RawMilestone(name.get(), dates, Optional.empty(), Optional.empty(),
        ZoneOffset.UTC));
  }

  private static RawMilestone milestone(String label, String dates, MilestoneKind kind) {
    return new RawMilestone(label, dates, Optional.empty(), Optional.of(kind), ZoneOffset.UTC);
  }
}
