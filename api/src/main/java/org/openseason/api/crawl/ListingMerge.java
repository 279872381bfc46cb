package org.openseason.api.crawl;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openseason.crawler.ProgramCandidate;
import org.openseason.crawler.ProgramFact;
import org.openseason.domain.Compensation;
import org.openseason.domain.CompensationKind;
import org.openseason.domain.Cycle;
import org.openseason.domain.Eligibility;
import org.openseason.domain.HoursPerWeek;
import org.openseason.domain.Milestone;
import org.openseason.domain.Participation;
import org.openseason.domain.ParticipationMode;
import org.openseason.domain.Program;
import org.openseason.domain.ProjectIdea;
import org.openseason.domain.StudentRequirement;
import org.openseason.domain.When;

/**
 * Merges what one source found about one program into its listing, field by field: a field changes only when the
 * source found a different value and its precedence is at least that of whoever set the field (an empty field has
 * no owner). Prose written for people (summary, description) is only filled when empty. Pure: the caller stores the
 * result and the provenance of the changed fields.
 */
final class ListingMerge {

  private final Origin origin;
  private final Owners owners;
  private final List<FieldChange> changed = new ArrayList<>();
  private final List<String> kept = new ArrayList<>();

  private ListingMerge(Origin origin, Owners owners) {
    this.origin = origin;
    this.owners = owners;
  }

  /**
   * What the listing becomes.
   *
   * @param program the listing after the merge, equal to the one given when nothing changed
   * @param changed the fields set, with their evidence
   * @param kept the fields the source found otherwise but may not overwrite
   */
  record Result(Program program, List<FieldChange> changed, List<String> kept) {
    boolean changedAnything() {
      return !changed.isEmpty();
    }
  }

  /**
   * Merges a program's own page (or a list's row about it), its dates and its project ideas into its listing.
   *
   * @param current the listing as stored
   * @param owners who set each field
   * @param origin the source
   * @param page what the source says about the program itself, if anything
   * @param milestones dated steps
   * @param ideas project ideas
   */
  static Result merge(Program current, Owners owners, Origin origin, Optional<ProgramCandidate> page,
      List<Milestone> milestones, List<ProjectIdea> ideas) {
    ListingMerge merge = new ListingMerge(origin, owners);
    Program program = current;
    if (page.isPresent()) {
      program = merge.page(program, page.get());
    }
    program = merge.milestones(program, milestones);
    program = merge.ideas(program, ideas);
    return new Result(program, List.copyOf(merge.changed), List.copyOf(merge.kept));
  }

  private Program page(Program p, ProgramCandidate page) {
    String description = p.description().isBlank()
        ? set("description", p.description(), page.description().orElse(""), true, page.name())
        : p.description();
    var codeOfConduct = set("code_of_conduct", p.codeOfConduct(),
        page.codeOfConduct().isPresent() ? page.codeOfConduct() : p.codeOfConduct(), p.codeOfConduct().isEmpty(),
        page.codeOfConduct().map(Object::toString).orElse(""));
    var rules = set("rules", p.rules(), page.rules().isPresent() ? page.rules() : p.rules(), p.rules().isEmpty(),
        page.rules().map(Object::toString).orElse(""));
    Eligibility e = eligibility(p.eligibility(), page);
    Compensation compensation = p.compensation();
    Optional<ProgramFact.Pay> pay = page.fact(ProgramFact.Pay.class);
    if (pay.isPresent()) {
      Compensation found = new Compensation(pay.get().compensation().kind(), pay.get().compensation().amount(),
          pay.get().compensation().basis(), compensation.notes());
      compensation = set("compensation", compensation, found, compensation.kind() == CompensationKind.UNKNOWN,
          pay.get().evidence());
    }
    Participation participation = participation(p.participation(), page);
    List<Cycle> cycles = p.cycles();
    Optional<ProgramFact.Rolling> rolling = page.fact(ProgramFact.Rolling.class);
    if (rolling.isPresent() && rolling.get().rolling() && cycles.stream().noneMatch(Cycle::rolling)) {
      cycles = set("cycles[rolling]", cycles, append(cycles, new Cycle("rolling", true, List.of(), List.of())),
          true, rolling.get().evidence());
    }
    return new Program(p.slug(), p.name(), p.aliases(), p.organizer(), p.homepage(), p.kind(), p.lifecycle(),
        p.summary(), description, p.interests(), p.runsOn(), codeOfConduct, rules, p.howToApply(), p.contact(),
        participation, e, compensation, cycles, p.provenance(), p.unverified());
  }

  private Eligibility eligibility(Eligibility e, ProgramCandidate page) {
    Optional<Integer> minimumAge = e.minimumAge();
    Optional<ProgramFact.MinimumAge> age = page.fact(ProgramFact.MinimumAge.class);
    if (age.isPresent()) {
      minimumAge = set("eligibility.minimum_age", minimumAge, Optional.of(age.get().years()), minimumAge.isEmpty(),
          age.get().evidence());
    }
    StudentRequirement student = e.student();
    Optional<ProgramFact.Student> studentFact = page.fact(ProgramFact.Student.class);
    if (studentFact.isPresent()) {
      student = set("eligibility.student", student, studentFact.get().requirement(),
          student == StudentRequirement.UNKNOWN, studentFact.get().evidence());
    }
    var allowed = e.countriesAllowed();
    var excluded = e.countriesExcluded();
    Optional<ProgramFact.Countries> countries = page.fact(ProgramFact.Countries.class);
    if (countries.isPresent() && accepts("eligibility.countries", List.of(allowed, excluded),
        List.of(countries.get().allowed(), countries.get().excluded()), allowed.isEmpty() && excluded.isEmpty(),
        countries.get().evidence())) {
      allowed = countries.get().allowed();
      excluded = countries.get().excluded();
    }
    HoursPerWeek hours = e.hoursPerWeek();
    Optional<ProgramFact.Hours> hoursFact = page.fact(ProgramFact.Hours.class);
    if (hoursFact.isPresent()) {
      hours = set("eligibility.hours_per_week", hours, hoursFact.get().hours(), hours.equals(HoursPerWeek.UNKNOWN),
          hoursFact.get().evidence());
    }
    List<String> prerequisites = e.prerequisites();
    Optional<ProgramFact.Background> background = page.fact(ProgramFact.Background.class);
    if (background.isPresent() && !prerequisites.contains(background.get().requirement())) {
      prerequisites = set("eligibility.prerequisites", prerequisites, List.of(background.get().requirement()),
          prerequisites.isEmpty(), background.get().evidence());
    }
    List<String> rules = e.otherRules();
    List<ProgramFact.Rule> ruleFacts = page.facts(ProgramFact.Rule.class);
    if (!ruleFacts.isEmpty()) {
      List<String> found = ruleFacts.stream().map(ProgramFact.Rule::text).distinct().limit(10).toList();
      rules = set("eligibility.other_rules", rules, found, rules.isEmpty(), ruleFacts.get(0).evidence());
    }
    return new Eligibility(minimumAge, e.maximumAge(), e.ageJudgedAt(), student, allowed, excluded, e.audiences(),
        e.audienceRule(), hours, e.excludesPastParticipantsOf(), prerequisites, rules);
  }

  private Participation participation(Participation p, ProgramCandidate page) {
    ParticipationMode mode = p.mode();
    Optional<ProgramFact.Mode> modeFact = page.fact(ProgramFact.Mode.class);
    if (modeFact.isPresent()) {
      mode = set("participation.mode", mode, modeFact.get().mode(), mode == ParticipationMode.UNKNOWN,
          modeFact.get().evidence());
    }
    Optional<String> schedule = p.schedule();
    Optional<ProgramFact.Cadence> cadence = page.fact(ProgramFact.Cadence.class);
    if (cadence.isPresent()) {
      String words = "Meets " + cadence.get().interval() + cadence.get().meetingLength().map(l -> ", " + l).orElse("");
      schedule = set("participation.schedule", schedule, Optional.of(words), schedule.isEmpty(),
          cadence.get().evidence());
    }
    Optional<Integer> mentors = p.mentors();
    Optional<URI> mentorsLink = p.mentorsLink();
    Optional<ProgramFact.Mentors> listed = page.fact(ProgramFact.Mentors.class);
    if (listed.isPresent()) {
      // A count with the page that lists them: the names stay on that page.
      mentors = set("participation.mentors", mentors, Optional.of(listed.get().count()), mentors.isEmpty(),
          listed.get().evidence());
      mentorsLink = set("participation.mentors_link", mentorsLink, Optional.of(URI.create(listed.get().link())),
          mentorsLink.isEmpty(), listed.get().evidence());
    }
    return new Participation(mode, p.location(), schedule, mentors, mentorsLink);
  }

  /** Dates go to the source's cycle, or to the cycle of their year when the source names none. */
  private Program milestones(Program p, List<Milestone> milestones) {
    if (milestones.isEmpty()) {
      return p;
    }
    Map<String, List<Milestone>> byCycle = new LinkedHashMap<>();
    for (Milestone m : milestones) {
      String label = origin.cycle().orElseGet(() -> String.valueOf(m.startInstant().atZone(ZoneOffset.UTC).getYear()));
      byCycle.computeIfAbsent(label, l -> new ArrayList<>()).add(m);
    }
    List<Cycle> cycles = p.cycles();
    for (Map.Entry<String, List<Milestone>> entry : byCycle.entrySet()) {
      String label = entry.getKey();
      Optional<Cycle> existing = cycle(cycles, label);
      List<Milestone> current = existing.map(Cycle::milestones).orElse(List.of());
      Optional<URI> datedBy = Optional.of(origin.url());
      Cycle proposed = existing
          .map(c -> new Cycle(label, c.rolling(), entry.getValue(), c.ideas(), datedBy))
          .orElseGet(() -> new Cycle(label, false, entry.getValue(), List.of(), datedBy));
      if (accepts("cycles[" + label + "].milestones", instants(current), instants(proposed.milestones()),
          current.isEmpty(),
          proposed.milestones().size() + " dates read from " + origin.url())) {
        cycles = replace(cycles, proposed);
      }
    }
    return p.withCycles(ordered(cycles));
  }

  /** Ideas go to the source's cycle, or to the program's latest cycle, or to a cycle of the year they were read. */
  private Program ideas(Program p, List<ProjectIdea> ideas) {
    if (ideas.isEmpty()) {
      return p;
    }
    String label = origin.cycle().or(() -> latest(p.cycles()).map(Cycle::label))
        .orElseGet(() -> String.valueOf(origin.fetchedAt().atZone(ZoneOffset.UTC).getYear()));
    Optional<Cycle> existing = cycle(p.cycles(), label);
    List<ProjectIdea> current = existing.map(Cycle::ideas).orElse(List.of());
    List<ProjectIdea> found = union(current, ideas);
    if (accepts("cycles[" + label + "].ideas", current, found, current.isEmpty(),
        ideas.size() + " project ideas read from " + origin.url())) {
      Cycle proposed = existing.map(c -> c.withIdeas(found)).orElseGet(() -> new Cycle(label, false, List.of(), found));
      return p.withCycles(ordered(replace(p.cycles(), proposed)));
    }
    return p;
  }

  /**
   * The cycle's ideas with a source's: an idea the source also lists (same title and project) is replaced in
   * place, new ones are added after. Several sources feed one cycle (an umbrella's members each publish their own
   * ideas page), so one source's ideas never remove another's.
   */
  private static List<ProjectIdea> union(List<ProjectIdea> current, List<ProjectIdea> found) {
    Map<String, ProjectIdea> byKey = new LinkedHashMap<>();
    for (ProjectIdea idea : found) {
      byKey.putIfAbsent(key(idea), idea);
    }
    List<ProjectIdea> all = new ArrayList<>();
    for (ProjectIdea idea : current) {
      ProjectIdea again = byKey.remove(key(idea));
      all.add(again != null ? again : idea);
    }
    all.addAll(byKey.values());
    return List.copyOf(all);
  }

  private static String key(ProjectIdea idea) {
    return idea.title().toLowerCase(java.util.Locale.ROOT) + "\n" + idea.project().orElse("");
  }

  /**
   * Whether the source's value replaces the field's, recording the change or the refusal.
   *
   * @param empty true when the field has no value, so that no one owns it
   */
  private boolean accepts(String field, Object current, Object proposed, boolean empty, String evidence) {
    if (Objects.equals(current, proposed)) {
      return false;
    }
    if (!empty && !origin.precedence().mayOverwrite(owners.of(field))) {
      kept.add(field);
      return false;
    }
    changed.add(new FieldChange(field, evidence));
    return true;
  }

  private <T> T set(String field, T current, T proposed, boolean empty, String evidence) {
    return accepts(field, current, proposed, empty, evidence) ? proposed : current;
  }

  /**
   * Milestones as compared: the same instants or days, whatever zone object carries them (a stored listing reads
   * "UTC" back as the offset Z), so that an unchanged page changes nothing.
   */
  private static List<List<Object>> instants(List<Milestone> milestones) {
    return milestones.stream().map(m -> List.<Object>of(m.kind(), m.label(), moment(m.start()),
        m.end().map(ListingMerge::moment))).toList();
  }

  /** A day alone is compared as the day; a time as the instant. */
  private static Object moment(When when) {
    return when.dateOnly() ? when.at().toLocalDate() : when.instant();
  }

  private static Optional<Cycle> cycle(List<Cycle> cycles, String label) {
    return cycles.stream().filter(c -> c.label().equalsIgnoreCase(label)).findFirst();
  }

  private static List<Cycle> replace(List<Cycle> cycles, Cycle cycle) {
    List<Cycle> result = new ArrayList<>();
    boolean replaced = false;
    for (Cycle c : cycles) {
      if (c.label().equalsIgnoreCase(cycle.label())) {
        result.add(cycle);
        replaced = true;
      } else {
        result.add(c);
      }
    }
    if (!replaced) {
      result.add(cycle);
    }
    return result;
  }

  private static List<Cycle> append(List<Cycle> cycles, Cycle cycle) {
    List<Cycle> result = new ArrayList<>(cycles);
    result.add(cycle);
    return result;
  }

  /** The cycle whose dates reach furthest, or the last one listed when none has dates. */
  private static Optional<Cycle> latest(List<Cycle> cycles) {
    return cycles.stream().filter(c -> !c.milestones().isEmpty())
        .max(Comparator.comparing(c -> c.milestones().get(c.milestones().size() - 1).lastInstant()))
        .or(() -> cycles.isEmpty() ? Optional.empty() : Optional.of(cycles.get(cycles.size() - 1)));
  }

  /** Oldest first, as listings keep them; cycles without dates (rolling) keep their place at the end. */
  private static List<Cycle> ordered(List<Cycle> cycles) {
    return cycles.stream().sorted(Comparator.comparing(ListingMerge::firstDate)).toList();
  }

  private static Instant firstDate(Cycle cycle) {
    return cycle.milestones().isEmpty() ? Instant.MAX : cycle.milestones().get(0).startInstant();
  }
}
