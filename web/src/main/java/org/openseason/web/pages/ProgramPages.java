package org.openseason.web.pages;

import jakarta.inject.Singleton;
import java.net.URI;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openseason.api.crawl.Freshness;
import org.openseason.api.markdown.Markdown;
import org.openseason.api.program.StoredProgram;
import org.openseason.domain.AudienceRule;
import org.openseason.domain.Compensation;
import org.openseason.domain.CompensationBasis;
import org.openseason.domain.Cycle;
import org.openseason.domain.Eligibility;
import org.openseason.domain.Expectation;
import org.openseason.domain.InterestVocabulary;
import org.openseason.domain.Lifecycle;
import org.openseason.domain.Milestone;
import org.openseason.domain.Program;
import org.openseason.domain.ProgramStatus;
import org.openseason.domain.ProjectIdea;
import org.openseason.domain.When;

/** Builds a {@link ProgramPage} from a stored program: every fact in words a person reads. */
@Singleton
public final class ProgramPages {

  private final InterestVocabulary vocabulary;
  private final Freshness freshness;

  ProgramPages(InterestVocabulary vocabulary, Freshness freshness) {
    this.vocabulary = vocabulary;
    this.freshness = freshness;
  }

  /**
   * The page of a program.
   *
   * @param stored the listing, stored or (for a submission's preview) about to be
   * @param now the time its status is told for
   * @param programName the name of another program, by slug
   * @param maintained whether its organizers showed that they keep the listing
   */
  public ProgramPage of(StoredProgram stored, Instant now, Function<String, String> programName, boolean maintained) {
    Program p = stored.program();
    ProgramStatus status = p.statusAt(now);
    List<ProgramPage.Fact> facts = new ArrayList<>();
    facts.add(new ProgramPage.Fact("Compensation", compensation(p.compensation())));
    facts.add(new ProgramPage.Fact("Participation", p.participation().mode().label()
        + p.participation().location().map(l -> ", " + l).orElse("")));
    p.participation().schedule().ifPresent(s -> facts.add(new ProgramPage.Fact("Schedule", s)));
    return new ProgramPage(
        p.slug(),
        p.name(),
        p.organizer(),
        p.kind().label(),
        p.lifecycle() == Lifecycle.ACTIVE ? Optional.empty() : Optional.of(p.lifecycle().label()),
        status.kind().key(),
        status.describe(now),
        p.summary(),
        Markdown.html(p.description()),
        p.homepage().toString(),
        p.interests().stream().map(vocabulary::labelOf).toList(),
        p.runsOn().stream().map(s -> new ProgramPage.Link(programName.apply(s), "/programs/" + s)).toList(),
        facts,
        eligibility(p.eligibility(), programName),
        p.codeOfConduct().map(URI::toString),
        p.rules().map(URI::toString),
        p.howToApply(),
        p.contact(),
        cycles(p.rounds(now)),
        p.provenance().sourceUrl().map(URI::toString),
        p.provenance().verified().toString(),
        p.unverified(),
        freshness.of(p, now).stream()
            .map(v -> new ProgramPage.Verified(v.facts(), Expectation.day(v.verified()), v.source().map(URI::toString),
                v.outOfDate()))
            .toList(),
        maintained);
  }

  static String compensation(Compensation c) {
    StringBuilder out = new StringBuilder(c.kind().label());
    c.amount()
        .ifPresent(
            m -> {
              NumberFormat n = NumberFormat.getIntegerInstance(Locale.ENGLISH);
              out.append(": ").append(m.currency()).append(' ').append(n.format(m.min()));
              if (m.isRange()) {
                out.append('–').append(n.format(m.max()));
              }
            });
    if (c.amount().isPresent() && c.basis() != CompensationBasis.FIXED) {
      out.append(" (").append(c.basis().label().toLowerCase(Locale.ROOT)).append(')');
    }
    c.notes().ifPresent(n -> out.append(". ").append(n));
    return out.toString();
  }

  static List<String> eligibility(Eligibility e, Function<String, String> programName) {
    List<String> lines = new ArrayList<>();
    String at = " years old at " + e.ageJudgedAt().label().toLowerCase(Locale.ROOT) + ".";
    if (e.minimumAge().isPresent() && e.maximumAge().isPresent()) {
      lines.add("Between " + e.minimumAge().get() + " and " + e.maximumAge().get() + at);
    } else {
      e.minimumAge().ifPresent(age -> lines.add("At least " + age + at));
      e.maximumAge().ifPresent(age -> lines.add("At most " + age + at));
    }
    switch (e.student()) {
      case REQUIRED -> lines.add("Only for students.");
      case STUDENT_OR_BEGINNER -> lines.add("For students and people new to open source.");
      case NOT_REQUIRED -> lines.add("You do not need to be a student.");
      case UNKNOWN -> { }
    }
    if (!e.countriesAllowed().isEmpty()) {
      lines.add("Only for residents of " + countries(e.countriesAllowed()) + ".");
    }
    if (!e.countriesExcluded().isEmpty()) {
      lines.add("Not open to residents of " + countries(e.countriesExcluded()) + ".");
    }
    if (!e.audiences().isEmpty()) {
      String groups = e.audiences().stream().map(a -> a.label().toLowerCase(Locale.ROOT)).sorted()
          .collect(Collectors.joining(", "));
      lines.add((e.audienceRule() == AudienceRule.REQUIRED ? "Only for " : "Prefers ") + groups + ".");
    }
    e.hoursPerWeek().min().ifPresent(h -> lines.add("Needs at least " + h + " hours a week."));
    e.hoursPerWeek().max().ifPresent(h -> lines.add("At most " + h + " hours a week."));
    if (!e.excludesPastParticipantsOf().isEmpty()) {
      lines.add("Not open to past participants of "
          + e.excludesPastParticipantsOf().stream().map(programName).collect(Collectors.joining(", ")) + ".");
    }
    lines.addAll(e.prerequisites());
    lines.addAll(e.otherRules());
    if (lines.isEmpty()) {
      lines.add("Not published; check the program's own rules.");
    }
    return lines;
  }

  private static String countries(Set<String> codes) {
    return org.openseason.domain.CountryNames.list(codes);
  }

  private static List<ProgramPage.CycleView> cycles(List<Cycle> cycles) {
    List<ProgramPage.CycleView> views = new ArrayList<>();
    for (int i = cycles.size() - 1; i >= 0; i--) {
      Cycle c = cycles.get(i);
      views.add(
          new ProgramPage.CycleView(
              c.label(),
              c.rolling(),
              c.milestones().stream().map(ProgramPages::milestone).toList(),
              c.ideas().stream().map(ProgramPages::idea).toList(),
              !c.milestones().isEmpty() && c.milestones().stream().allMatch(Milestone::isExpected),
              c.source().map(URI::toString)));
    }
    return views;
  }

  private static ProgramPage.MilestoneView milestone(Milestone m) {
    String when = (m.isExpected() ? "around " : "") + Dates.of(m.start()) + m.end().map(e -> " – " + Dates.of(e)).orElse("");
    When shown = m.end().orElse(m.start());
    boolean timeKnown = !shown.dateOnly();
    return new ProgramPage.MilestoneView(
        m.title(), (timeKnown ? shown : m.start()).at().toOffsetDateTime().toString(), when, timeKnown,
        m.expected().map(Expectation::describe));
  }

  private static ProgramPage.IdeaView idea(ProjectIdea i) {
    List<String> skills =
        Stream.concat(i.skills().stream(), i.technologies().stream()).distinct().toList();
    Optional<String> level =
        Stream.of(i.difficulty(), i.size()).flatMap(Optional::stream).reduce((a, b) -> a + ", " + b);
    return new ProgramPage.IdeaView(
        i.title(), i.project(), i.description(), skills, level, i.link().map(URI::toString));
  }
}
