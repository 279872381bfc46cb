package org.openseason.crawler.normalize;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openseason.crawler.Announcement;
import org.openseason.crawler.Problem;
import org.openseason.crawler.ProgramCandidate;
import org.openseason.crawler.Stage;
import org.openseason.crawler.extract.RawAnnouncement;
import org.openseason.crawler.extract.RawExtraction;
import org.openseason.crawler.extract.RawMilestone;
import org.openseason.crawler.extract.RawProgram;
import org.openseason.crawler.extract.RawProject;
import org.openseason.domain.InterestVocabulary;
import org.openseason.domain.Milestone;
import org.openseason.domain.MilestoneKind;
import org.openseason.domain.ProjectIdea;

/** The normalize stage: texts cleaned and bounded, links checked, dates resolved, technologies mapped to keys. */
public final class ExtractionNormalizer implements Normalizer {

  private final Technologies technologies;

  public ExtractionNormalizer(InterestVocabulary vocabulary) {
    this.technologies = new Technologies(vocabulary);
  }

  @Override
  public Normalized normalize(RawExtraction raw, NormalizeContext context) {
    List<Problem> problems = new ArrayList<>(raw.problems());
    List<ProgramCandidate> programs = programs(raw.programs(), problems);
    List<ProjectIdea> projects = projects(raw.projects(), problems);
    List<Milestone> milestones = milestones(raw.milestones(), context, problems);
    List<Announcement> announcements = raw.announcements().stream().map(a -> announcement(a, problems))
        .flatMap(Optional::stream).toList();
    return new Normalized(programs, projects, milestones, announcements, problems);
  }

  private List<ProgramCandidate> programs(List<RawProgram> raws, List<Problem> problems) {
    Map<String, ProgramCandidate> programs = new LinkedHashMap<>();
    for (RawProgram raw : raws) {
      String name = Texts.limit(Texts.line(raw.name()), 200);
      if (name.isEmpty()) {
        problems.add(Problem.warning(Stage.NORMALIZE, NormalizeReason.INVALID_ITEM, "a program without a name"));
        continue;
      }
      checkLink(raw.link(), name, problems);
      ProgramCandidate candidate = new ProgramCandidate(name, Links.web(raw.link()),
          raw.description().map(Texts::paragraphs).filter(d -> !d.isEmpty()).map(d -> Texts.limit(d, 2_000)),
          Links.web(raw.codeOfConduct()), Links.web(raw.rules()), Links.web(raw.timeline()), raw.facts());
      String key = name.toLowerCase(Locale.ROOT) + " " + candidate.homepage().map(Object::toString).orElse("");
      programs.putIfAbsent(key, candidate);
    }
    return List.copyOf(programs.values());
  }

  private List<ProjectIdea> projects(List<RawProject> raws, List<Problem> problems) {
    Map<String, ProjectIdea> projects = new LinkedHashMap<>();
    for (RawProject raw : raws) {
      String title = Texts.limit(Texts.title(raw.title()), 300);
      try {
        checkLink(raw.link(), title, problems);
        ProjectIdea idea = new ProjectIdea(title, raw.project().map(p -> Texts.limit(Texts.line(p), 200)),
            raw.description().map(d -> Texts.limit(Texts.paragraphs(d), 10_000)).orElse(""),
            bounded(raw.skills(), 200), bounded(technologies.normalizeAll(raw.technologies()), 100),
            raw.difficulty().map(d -> Texts.limit(Texts.line(d), 100)),
            raw.size().map(s -> Texts.limit(Texts.line(s), 100)), Links.web(raw.link()));
        projects.putIfAbsent(title.toLowerCase(Locale.ROOT) + "\n" + idea.project().orElse(""), idea);
      } catch (IllegalArgumentException e) {
        problems.add(Problem.warning(Stage.NORMALIZE, NormalizeReason.INVALID_ITEM,
            "project idea '" + title + "': " + e.getMessage()));
      }
    }
    return List.copyOf(projects.values());
  }

  private List<Milestone> milestones(List<RawMilestone> raws, NormalizeContext context, List<Problem> problems) {
    Map<String, Milestone> milestones = new LinkedHashMap<>();
    Set<Integer> guessedYears = new LinkedHashSet<>();
    for (RawMilestone raw : raws) {
      String label = Texts.limit(Texts.line(raw.label()), 200);
      Optional<DateRange> range = DateText.find(raw.dates());
      if (range.isEmpty() || label.isEmpty()) {
        problems.add(Problem.warning(Stage.NORMALIZE, NormalizeReason.UNREADABLE_DATE,
            "'" + label + "': no date in '" + Texts.limit(Texts.line(raw.dates()), 120) + "'"));
        continue;
      }
      MilestoneKind kind = raw.kind().orElseGet(() -> MilestoneKinds.guess(label));
      DateResolver resolver = new DateResolver(raw.yearHint(), context.fetchDate().getYear(), raw.zone());
      try {
        DateResolver.Resolved resolved = resolver.resolve(range.get(), MilestoneKinds.isDeadline(label, kind));
        if (resolved.yearGuessed()) {
          guessedYears.add(resolved.start().date().getYear());
        }
        resolved.notes().forEach(note -> problems.add(
            Problem.warning(Stage.NORMALIZE, NormalizeReason.DATE_MISMATCH, "'" + label + "': " + note)));
        Milestone milestone = new Milestone(kind, Optional.of(label), resolved.start(), resolved.end());
        milestones.putIfAbsent(kind + "\n" + label + "\n" + milestone.startInstant(), milestone);
      } catch (DateTimeException | IllegalArgumentException e) {
        problems.add(Problem.warning(Stage.NORMALIZE, NormalizeReason.UNREADABLE_DATE,
            "'" + label + "': " + e.getMessage()));
      }
    }
    if (!guessedYears.isEmpty()) {
      problems.add(Problem.warning(Stage.NORMALIZE, NormalizeReason.YEAR_GUESSED,
          "dates without a year and no year on the page: " + guessedYears + " assumed from the fetch date"));
    }
    return milestones.values().stream().sorted(Comparator.comparing(Milestone::startInstant)).toList();
  }

  private Optional<Announcement> announcement(RawAnnouncement raw, List<Problem> problems) {
    String title = Texts.limit(Texts.line(raw.title()), 300);
    if (title.isEmpty()) {
      problems.add(Problem.warning(Stage.NORMALIZE, NormalizeReason.INVALID_ITEM, "a feed item without a title"));
      return Optional.empty();
    }
    checkLink(raw.link(), title, problems);
    return Optional.of(new Announcement(title, Links.web(raw.link()), raw.published(),
        Texts.limit(Texts.line(raw.summary()), 500), raw.applicationsOpen().isPresent(),
        raw.applicationsOpen().map(e -> Texts.limit(Texts.line(e), 300))));
  }

  private static List<String> bounded(List<String> values, int max) {
    Set<String> out = new LinkedHashSet<>();
    for (String value : values) {
      String clean = Texts.limit(Texts.line(value), max);
      if (!clean.isEmpty()) {
        out.add(clean);
      }
    }
    return List.copyOf(out);
  }

  private static void checkLink(Optional<String> link, String owner, List<Problem> problems) {
    if (Links.isBad(link)) {
      problems.add(Problem.warning(Stage.NORMALIZE, NormalizeReason.BAD_URL,
          "'" + owner + "': '" + Texts.limit(link.get(), 120) + "' is not an absolute http(s) URL"));
    }
  }
}
