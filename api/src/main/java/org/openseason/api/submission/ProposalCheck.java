package org.openseason.api.submission;

import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openseason.api.system.Problem;
import org.openseason.domain.Cycle;
import org.openseason.domain.InterestVocabulary;
import org.openseason.domain.Milestone;
import org.openseason.domain.MilestoneKind;
import org.openseason.domain.Program;
import org.openseason.domain.SourceKind;
import org.openseason.domain.Urls;
import org.openseason.listing.ListingCodec;
import org.openseason.listing.ListingException;

/**
 * Checks a proposed listing with a message per field. The listing format's own decoder ({@link ListingCodec}) is
 * the one set of rules: it stops at the first fault, so each fault's field is set aside and the rest decoded again,
 * which finds the others. Before it come the checks the format lacks (sizes, internal addresses, the interest
 * vocabulary), after it the order of the dates.
 */
@Singleton
public final class ProposalCheck {

  static final int MAX_CYCLES = 10;
  static final int MAX_MILESTONES = 20;
  static final int MAX_IDEAS = 50;
  static final int MAX_INTERESTS = 20;
  static final int MAX_ALIASES = 10;
  private static final int MAX_ROUNDS = 40;
  private static final Instant EARLIEST = LocalDate.of(2000, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final Instant LATEST = LocalDate.of(2101, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final List<String> REQUIRED = List.of("name", "organizer", "homepage", "kind", "summary", "interests");
  /** Stand-ins for missing or wrong required fields while the rest is decoded; their fields already have a message. */
  private static final Map<String, Object> STAND_INS = Map.of("name", "-", "organizer", "-",
      "homepage", "https://example.org/", "kind", "mentorship", "summary", "-", "label", "-", "title", "-",
      "start", "2001-01-01");
  private static final Set<String> SET_BY_US = Set.of("slug", "provenance", "unverified");
  /** Every key of the listing format, to tell a record's message that starts with its field ("name is required"). */
  private static final Set<String> KEYS = Set.of("slug", "name", "aliases", "organizer", "homepage", "kind",
      "lifecycle", "summary", "description", "interests", "runs_on", "code_of_conduct", "rules", "how_to_apply",
      "contact", "participation", "eligibility", "compensation", "cycles", "mode", "location", "schedule", "mentors",
      "mentors_link", "minimum_age", "maximum_age", "age_judged_at", "student", "countries_allowed",
      "countries_excluded", "audiences", "audience_rule", "hours_per_week", "excludes_past_participants_of",
      "prerequisites", "other_rules", "currency", "basis", "notes", "label", "rolling", "milestones", "ideas",
      "source", "start", "end", "zone", "title", "project", "skills", "technologies", "difficulty", "size", "link");

  private final InterestVocabulary vocabulary;
  private final AddressCheck addresses;

  ProposalCheck(InterestVocabulary vocabulary, AddressCheck addresses) {
    this.vocabulary = vocabulary;
    this.addresses = addresses;
  }

  /**
   * The outcome of a check.
   *
   * @param program the proposed listing, when every field is right
   * @param errors one message per field at fault, by the field's path in the listing format
   */
  public record Checked(Optional<Program> program, List<Problem.InvalidParam> errors) {
    public Checked {
      errors = List.copyOf(errors);
      program = errors.isEmpty() ? program : Optional.empty();
    }

    public boolean valid() {
      return program.isPresent();
    }
  }

  /**
   * Checks a listing as the organizer sent it, without slug and provenance, which OpenSeason sets.
   *
   * @param typed the listing's fields in the format of {@code docs/catalog.md}
   * @param slug the identifier it would get
   * @param today the day the facts are stated
   */
  public Checked check(Map<String, Object> typed, String slug, LocalDate today) {
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, Object> work = Trees.copy(typed);
    for (String key : SET_BY_US) {
      if (work.containsKey(key)) {
        errors.put(key, "is set by OpenSeason, not by a submission");
        work.remove(key);
      }
    }
    for (String key : REQUIRED) {
      Object value = work.get(key);
      if (value == null || value instanceof String s && s.isBlank() || value instanceof List<?> l && l.isEmpty()) {
        errors.putIfAbsent(key, key.equals("interests") ? "is required: at least one interest" : "is required");
      }
    }
    if (!sizes(work, errors)) {
      return invalid(errors);
    }
    links(work, errors);
    interests(work, errors);
    for (String key : REQUIRED) {
      standIn(key).filter(v -> errors.containsKey(key) || !work.containsKey(key)).ifPresent(v -> work.put(key, v));
    }
    work.put("slug", slug);
    work.putIfAbsent("lifecycle", "active");
    work.put("provenance", Map.of("source", SourceKind.ORGANIZER.key(), "verified", today.toString()));
    Optional<Program> program = decode(work, errors);
    program.ifPresent(p -> dates(p, errors));
    return errors.isEmpty() ? new Checked(program, List.of()) : invalid(errors);
  }

  private static Checked invalid(Map<String, String> errors) {
    return new Checked(Optional.empty(),
        errors.entrySet().stream().map(e -> new Problem.InvalidParam(e.getKey(), e.getValue())).toList());
  }

  /** Refuses oversized lists before anything else reads them. */
  private static boolean sizes(Map<String, Object> work, Map<String, String> errors) {
    int before = errors.size();
    atMost(work.get("aliases"), MAX_ALIASES, "aliases", "names", errors);
    atMost(work.get("interests"), MAX_INTERESTS, "interests", "interests", errors);
    atMost(work.get("cycles"), MAX_CYCLES, "cycles", "cycles", errors);
    int ideas = 0;
    List<?> cycles = work.get("cycles") instanceof List<?> l ? l : List.of();
    for (int i = 0; i < cycles.size(); i++) {
      if (cycles.get(i) instanceof Map<?, ?> cycle) {
        atMost(cycle.get("milestones"), MAX_MILESTONES, "cycles[" + i + "].milestones", "milestones", errors);
        ideas += cycle.get("ideas") instanceof List<?> list ? list.size() : 0;
      }
    }
    if (ideas > MAX_IDEAS) {
      errors.put("cycles", "has " + ideas + " project ideas; a submission may hold at most " + MAX_IDEAS);
    }
    return errors.size() == before;
  }

  private static void atMost(Object value, int max, String path, String what, Map<String, String> errors) {
    if (value instanceof List<?> list && list.size() > max) {
      errors.put(path, "has " + list.size() + " " + what + "; at most " + max + " are allowed");
    }
  }

  /** Every link must be a web address outside any internal network. */
  private void links(Map<String, Object> work, Map<String, String> errors) {
    Map<String, Object> participation = Trees.map(work.get("participation"));
    link(work, "homepage", "homepage", errors);
    link(work, "code_of_conduct", "code_of_conduct", errors);
    link(work, "rules", "rules", errors);
    link(participation, "mentors_link", "participation.mentors_link", errors);
    List<?> cycles = work.get("cycles") instanceof List<?> l ? l : List.of();
    for (int i = 0; i < cycles.size(); i++) {
      Map<String, Object> cycle = Trees.map(cycles.get(i));
      link(cycle, "source", "cycles[" + i + "].source", errors);
      List<?> ideas = cycle.get("ideas") instanceof List<?> l ? l : List.of();
      for (int j = 0; j < ideas.size(); j++) {
        link(Trees.map(ideas.get(j)), "link", "cycles[" + i + "].ideas[" + j + "].link", errors);
      }
    }
  }

  private void link(Map<String, Object> owner, String key, String path, Map<String, String> errors) {
    if (!(owner.get(key) instanceof String text) || text.isBlank()) {
      return;
    }
    Optional<String> problem;
    try {
      URI uri = new URI(text.strip());
      problem = !Urls.isWebUrl(uri) ? Optional.of("must be a web address starting with https:// or http://")
          : text.length() > 2_000 ? Optional.of("is longer than 2000 characters") : addresses.refusal(uri);
    } catch (URISyntaxException e) {
      problem = Optional.of("is not a web address: " + e.getReason());
    }
    problem.ifPresent(p -> {
      errors.putIfAbsent(path, p);
      owner.remove(key);
    });
  }

  /** Interests are the reviewed vocabulary's keys; a label or alias people type is taken as its key. */
  private void interests(Map<String, Object> work, Map<String, String> errors) {
    if (!(work.get("interests") instanceof List<?> typed)) {
      return;
    }
    Set<String> keys = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (Object item : typed) {
      String word = String.valueOf(item).strip();
      vocabulary.resolve(word).ifPresentOrElse(i -> keys.add(i.key()), () -> unknown.add(word));
    }
    if (!unknown.isEmpty()) {
      errors.putIfAbsent("interests", "not in the list of interests: " + String.join(", ", unknown)
          + " (see /api/v1/interests)");
    }
    work.put("interests", List.copyOf(keys));
  }

  private static Optional<Program> decode(Map<String, Object> work, Map<String, String> errors) {
    for (int round = 0; round < MAX_ROUNDS; round++) {
      try {
        return Optional.of(ListingCodec.decode(work, SourceKind.ORGANIZER));
      } catch (ListingException e) {
        String reason = e.field().isEmpty() ? e.getMessage() : e.getMessage().substring(e.field().length() + 2);
        String path = fieldOf(e.field(), reason);
        boolean known = errors.containsKey(path);
        errors.putIfAbsent(path, reason);
        Optional<Object> standIn = standIn(path);
        if (standIn.isPresent() && !standIn.get().equals(Trees.get(work, path))) {
          Trees.put(work, path, standIn.get());
        } else if (known || !Trees.remove(work, path)) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Object> standIn(String path) {
    String key = path.substring(path.lastIndexOf('.') + 1);
    if (key.equals("kind") && !path.equals("kind")) {
      return Optional.of(path.contains("milestones") ? "other" : "unknown");
    }
    return Optional.ofNullable(STAND_INS.get(key));
  }

  /** A record's own check names its field first ("end ... is before start"): the path then ends with that field. */
  static String fieldOf(String path, String reason) {
    int space = reason.indexOf(' ');
    String word = space > 0 ? reason.substring(0, space) : "";
    if (KEYS.contains(word) && !path.endsWith("." + word) && !path.equals(word)) {
      return path.isEmpty() ? word : path + "." + word;
    }
    return path;
  }

  /** Dates that make sense: within this century, a deadline after the opening, an end after the start. */
  private static void dates(Program program, Map<String, String> errors) {
    for (int i = 0; i < program.cycles().size(); i++) {
      Cycle cycle = program.cycles().get(i);
      String path = "cycles[" + i + "].milestones";
      for (Milestone m : cycle.milestones()) {
        if (m.startInstant().isBefore(EARLIEST) || !m.lastInstant().isBefore(LATEST)) {
          errors.putIfAbsent(path, m.title() + ": dates must lie between 2000 and 2100");
        }
      }
      Optional<Instant> opens = first(cycle, MilestoneKind.APPLICATIONS).map(Milestone::startInstant);
      Optional<Instant> closes = cycle.milestones().stream().flatMap(m -> m.deadline().stream()).findFirst();
      if (opens.isPresent() && closes.isPresent() && !closes.get().isAfter(opens.get())) {
        errors.putIfAbsent(path, "the application deadline must come after applications open");
      }
      Optional<Instant> starts = first(cycle, MilestoneKind.PROGRAM).or(() -> first(cycle, MilestoneKind.PROGRAM_START))
          .map(Milestone::startInstant);
      Optional<Instant> ends = first(cycle, MilestoneKind.PROGRAM).flatMap(Milestone::end).map(w -> w.instant())
          .or(() -> first(cycle, MilestoneKind.PROGRAM_END).map(Milestone::startInstant));
      if (starts.isPresent() && ends.isPresent() && !ends.get().isAfter(starts.get())) {
        errors.putIfAbsent(path, "the program must end after it starts");
      }
    }
  }

  private static Optional<Milestone> first(Cycle cycle, MilestoneKind kind) {
    return cycle.milestones().stream().filter(m -> m.kind() == kind).findFirst();
  }
}
