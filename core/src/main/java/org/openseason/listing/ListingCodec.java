package org.openseason.listing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openseason.domain.AgeReference;
import org.openseason.domain.Audience;
import org.openseason.domain.AudienceRule;
import org.openseason.domain.Compensation;
import org.openseason.domain.CompensationBasis;
import org.openseason.domain.CompensationKind;
import org.openseason.domain.Cycle;
import org.openseason.domain.Eligibility;
import org.openseason.domain.HoursPerWeek;
import org.openseason.domain.Keyed;
import org.openseason.domain.Lifecycle;
import org.openseason.domain.Milestone;
import org.openseason.domain.MilestoneKind;
import org.openseason.domain.Money;
import org.openseason.domain.Participation;
import org.openseason.domain.ParticipationMode;
import org.openseason.domain.Program;
import org.openseason.domain.ProgramKind;
import org.openseason.domain.ProjectIdea;
import org.openseason.domain.Provenance;
import org.openseason.domain.SourceKind;
import org.openseason.domain.StudentRequirement;
import org.openseason.domain.When;

/**
 * Turns a listing written as maps and lists (a parsed YAML catalog file, stored JSON, a submission) into a
 * {@link Program} and back. The format is documented in {@code docs/catalog.md}; decoding rejects unknown keys and
 * names the first field at fault.
 */
public final class ListingCodec {

  private ListingCodec() {}

  /**
   * Decodes a listing.
   *
   * @param listing the parsed document
   * @param source the kind of source it comes from, recorded in its provenance
   * @throws ListingException naming the first field that is missing, unknown or wrong
   */
  public static Program decode(Object listing, SourceKind source) {
    Node root = Node.of("", listing);
    Program program =
        build(
            "",
            () ->
                new Program(
                    root.string("slug"),
                    root.string("name"),
                    root.strings("aliases"),
                    root.string("organizer"),
                    root.uri("homepage"),
                    root.keyed("kind", ProgramKind.class),
                    root.keyed("lifecycle", Lifecycle.class),
                    root.string("summary"),
                    root.optionalString("description").orElse(""),
                    root.strings("interests"),
                    root.strings("runs_on"),
                    root.optionalUri("code_of_conduct"),
                    root.optionalUri("rules"),
                    root.optionalString("how_to_apply"),
                    root.optionalString("contact"),
                    root.optionalNode("participation", ListingCodec::participation).orElse(Participation.UNKNOWN),
                    root.optionalNode("eligibility", ListingCodec::eligibility).orElse(Eligibility.UNKNOWN),
                    root.optionalNode("compensation", ListingCodec::compensation).orElse(Compensation.UNKNOWN),
                    root.nodes("cycles", ListingCodec::cycle),
                    root.optionalNode("provenance", n -> provenance(n, source))
                        .orElseThrow(() -> root.error("provenance", "is required")),
                    root.strings("unverified")));
    root.requireAllRead();
    return program;
  }

  /** Runs a record constructor, turning its validation failure into an error that names the field's path. */
  private static <T> T build(String path, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ListingException(path, e.getMessage());
    }
  }

  private static Participation participation(Node n) {
    return build(
        n.path(),
        () ->
            new Participation(
                n.keyed("mode", ParticipationMode.class, ParticipationMode.UNKNOWN),
                n.optionalString("location"),
                n.optionalString("schedule"),
                n.optionalInt("mentors", 0, 100_000),
                n.optionalUri("mentors_link")));
  }

  private static Eligibility eligibility(Node n) {
    return build(
        n.path(),
        () ->
            new Eligibility(
                n.optionalInt("minimum_age"),
                n.optionalInt("maximum_age"),
                n.keyed("age_judged_at", AgeReference.class, AgeReference.PROGRAM_START),
                n.keyed("student", StudentRequirement.class, StudentRequirement.UNKNOWN),
                new LinkedHashSet<>(n.strings("countries_allowed")),
                new LinkedHashSet<>(n.strings("countries_excluded")),
                new LinkedHashSet<>(
                    n.list("audiences", (p, v) -> keyed(p, Audience.class, v))),
                n.keyed("audience_rule", AudienceRule.class, AudienceRule.PREFERRED),
                n.optionalNode(
                        "hours_per_week",
                        h -> new HoursPerWeek(h.optionalInt("min"), h.optionalInt("max")))
                    .orElse(HoursPerWeek.UNKNOWN),
                n.strings("excludes_past_participants_of"),
                n.strings("prerequisites"),
                n.strings("other_rules")));
  }

  private static Compensation compensation(Node n) {
    return build(
        n.path(),
        () -> {
          CompensationKind kind = n.keyed("kind", CompensationKind.class);
          Optional<String> currency = n.optionalString("currency");
          Optional<Long> min = n.optionalLong("min");
          Optional<Long> max = n.optionalLong("max");
          Optional<Money> amount = Optional.empty();
          if (min.isPresent() || max.isPresent()) {
            String code = currency.orElseThrow(() -> n.error("currency", "is required with an amount"));
            amount = Optional.of(new Money(code, min.orElse(max.orElse(0L)), max.orElse(min.orElse(0L))));
          } else if (currency.isPresent()) {
            throw n.error("currency", "is given without min or max");
          }
          return new Compensation(
              kind, amount, n.keyed("basis", CompensationBasis.class, CompensationBasis.FIXED), n.optionalString("notes"));
        });
  }

  private static Cycle cycle(Node n) {
    return build(
        n.path(),
        () ->
            new Cycle(
                n.string("label"),
                n.bool("rolling", false),
                n.nodes("milestones", ListingCodec::milestone),
                n.nodes("ideas", ListingCodec::idea),
                n.optionalUri("source")));
  }

  private static Milestone milestone(Node n) {
    MilestoneKind kind = n.keyed("kind", MilestoneKind.class);
    Optional<ZoneId> zone = n.optionalString("zone").map(z -> zone(n, z));
    boolean endsSomething = kind == MilestoneKind.APPLICATION_DEADLINE || kind == MilestoneKind.PROGRAM_END;
    When start = when(n, "start", zone, endsSomething);
    Optional<When> end = n.has("end") ? Optional.of(when(n, "end", zone, true)) : Optional.empty();
    return build(n.path(), () -> new Milestone(kind, n.optionalString("label"), start, end));
  }

  private static ZoneId zone(Node n, String id) {
    try {
      return ZoneId.of(id);
    } catch (RuntimeException e) {
      throw n.error("zone", "'" + id + "' is not a time zone (for example UTC or America/Los_Angeles)");
    }
  }

  /** A date-time keeps its published offset unless the milestone names a zone; a day alone is read in UTC. */
  private static When when(Node n, String key, Optional<ZoneId> zone, boolean endsSomething) {
    String text = n.string(key).strip();
    if (text.contains("T")) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.ISO_DATE_TIME);
        return When.time(zone.map(at::withZoneSameInstant).orElse(at));
      } catch (DateTimeParseException e) {
        throw n.error(key, "'" + text + "' is not an ISO-8601 date-time with an offset (2026-02-13T16:00:00Z)");
      }
    }
    try {
      LocalDate day = LocalDate.parse(text);
      ZoneId dayZone = zone.orElse(ZoneOffset.UTC);
      return endsSomething ? When.endOfDay(day, dayZone) : When.startOfDay(day, dayZone);
    } catch (DateTimeParseException e) {
      throw n.error(key, "'" + text + "' is not a date (2026-02-15) or a date-time (2026-02-13T16:00:00Z)");
    }
  }

  private static ProjectIdea idea(Node n) {
    return build(
        n.path(),
        () ->
            new ProjectIdea(
                n.string("title"),
                n.optionalString("project"),
                n.optionalString("description").orElse(""),
                n.strings("skills"),
                n.strings("technologies"),
                n.optionalString("difficulty"),
                n.optionalString("size"),
                n.optionalUri("link")));
  }

  private static Provenance provenance(Node n, SourceKind defaultSource) {
    return build(
        n.path(),
        () ->
            new Provenance(
                n.keyed("source", SourceKind.class, defaultSource),
                n.optionalUri("source_url"),
                n.date("verified")));
  }

  private static <E extends Enum<E> & Keyed> E keyed(String path, Class<E> type, Object value) {
    String text = String.valueOf(value);
    return Keyed.byKey(type, text)
        .orElseThrow(() -> new ListingException(path, "'" + text + "' is not one of " + Keyed.keysOf(type)));
  }

  /** Encodes a program in the listing format; {@code decode(encode(p), s)} equals {@code p}. */
  public static Map<String, Object> encode(Program p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("slug", p.slug());
    m.put("name", p.name());
    putList(m, "aliases", p.aliases(), Function.identity());
    m.put("organizer", p.organizer());
    m.put("homepage", p.homepage().toString());
    m.put("kind", p.kind().key());
    m.put("lifecycle", p.lifecycle().key());
    m.put("summary", p.summary());
    if (!p.description().isEmpty()) {
      m.put("description", p.description());
    }
    putList(m, "interests", p.interests(), Function.identity());
    putList(m, "runs_on", p.runsOn(), Function.identity());
    p.codeOfConduct().ifPresent(u -> m.put("code_of_conduct", u.toString()));
    p.rules().ifPresent(u -> m.put("rules", u.toString()));
    p.howToApply().ifPresent(s -> m.put("how_to_apply", s));
    p.contact().ifPresent(s -> m.put("contact", s));
    m.put("participation", participation(p.participation()));
    m.put("eligibility", eligibility(p.eligibility()));
    m.put("compensation", compensation(p.compensation()));
    putList(m, "cycles", p.cycles(), ListingCodec::cycle);
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("source", p.provenance().source().key());
    p.provenance().sourceUrl().ifPresent(u -> provenance.put("source_url", u.toString()));
    provenance.put("verified", p.provenance().verified().toString());
    m.put("provenance", provenance);
    putList(m, "unverified", p.unverified(), Function.identity());
    return m;
  }

  private static Map<String, Object> participation(Participation p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mode", p.mode().key());
    p.location().ifPresent(s -> m.put("location", s));
    p.schedule().ifPresent(s -> m.put("schedule", s));
    p.mentors().ifPresent(n -> m.put("mentors", n));
    p.mentorsLink().ifPresent(u -> m.put("mentors_link", u.toString()));
    return m;
  }

  private static Map<String, Object> eligibility(Eligibility e) {
    Map<String, Object> m = new LinkedHashMap<>();
    e.minimumAge().ifPresent(a -> m.put("minimum_age", a));
    e.maximumAge().ifPresent(a -> m.put("maximum_age", a));
    m.put("age_judged_at", e.ageJudgedAt().key());
    m.put("student", e.student().key());
    putList(m, "countries_allowed", sorted(e.countriesAllowed()), Function.identity());
    putList(m, "countries_excluded", sorted(e.countriesExcluded()), Function.identity());
    putList(m, "audiences", e.audiences().stream().sorted().toList(), Audience::key);
    m.put("audience_rule", e.audienceRule().key());
    if (e.hoursPerWeek().isKnown()) {
      Map<String, Object> hours = new LinkedHashMap<>();
      e.hoursPerWeek().min().ifPresent(h -> hours.put("min", h));
      e.hoursPerWeek().max().ifPresent(h -> hours.put("max", h));
      m.put("hours_per_week", hours);
    }
    putList(m, "excludes_past_participants_of", e.excludesPastParticipantsOf(), Function.identity());
    putList(m, "prerequisites", e.prerequisites(), Function.identity());
    putList(m, "other_rules", e.otherRules(), Function.identity());
    return m;
  }

  private static List<String> sorted(java.util.Set<String> values) {
    return values.stream().sorted().toList();
  }

  private static Map<String, Object> compensation(Compensation c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", c.kind().key());
    c.amount()
        .ifPresent(
            a -> {
              m.put("currency", a.currency());
              m.put("min", a.min());
              m.put("max", a.max());
            });
    m.put("basis", c.basis().key());
    c.notes().ifPresent(s -> m.put("notes", s));
    return m;
  }

  private static Map<String, Object> cycle(Cycle c) {
    return cycle(c, ListingCodec::milestone);
  }

  private static Map<String, Object> cycle(Cycle c, Function<Milestone, Map<String, Object>> milestone) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("label", c.label());
    if (c.rolling()) {
      m.put("rolling", true);
    }
    putList(m, "milestones", c.milestones(), milestone);
    putList(m, "ideas", c.ideas(), ListingCodec::idea);
    c.source().ifPresent(u -> m.put("source", u.toString()));
    return m;
  }

  /**
   * Rounds as the API shows them: the listing format, with each forecast milestone marked {@code expected: true}
   * with its {@code basis}, and a round that is wholly forecast marked {@code expected: true}. The result is for
   * reading only: {@link #decode} refuses those keys, so a forecast can never come back as an announced date.
   */
  public static List<Map<String, Object>> encodeRounds(List<Cycle> rounds) {
    List<Map<String, Object>> out = new ArrayList<>(rounds.size());
    for (Cycle c : rounds) {
      Map<String, Object> m = cycle(c, ListingCodec::markedMilestone);
      if (!c.milestones().isEmpty() && c.milestones().stream().allMatch(Milestone::isExpected)) {
        m.put("expected", true);
      }
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> markedMilestone(Milestone ms) {
    Map<String, Object> m = plainMilestone(ms);
    ms.expected().ifPresent(e -> {
      m.put("expected", true);
      m.put("basis", e.basis().stream().map(LocalDate::toString).toList());
    });
    return m;
  }

  private static Map<String, Object> milestone(Milestone ms) {
    if (ms.isExpected()) {
      // A forecast is derived when a listing is read; storing it would turn it into an announced date.
      throw new IllegalArgumentException("an expected milestone (" + ms.title() + ") is never stored");
    }
    return plainMilestone(ms);
  }

  private static Map<String, Object> plainMilestone(Milestone ms) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", ms.kind().key());
    ms.label().ifPresent(s -> m.put("label", s));
    m.put("start", format(ms.start()));
    ms.end().ifPresent(e -> m.put("end", format(e)));
    ZoneId zone = ms.start().at().getZone();
    if (!zone.normalized().equals(ZoneOffset.UTC)) {
      m.put("zone", zone.getId());
    }
    return m;
  }

  private static String format(When when) {
    if (when.dateOnly()) {
      return when.date().toString();
    }
    return when.at().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static Map<String, Object> idea(ProjectIdea i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", i.title());
    i.project().ifPresent(s -> m.put("project", s));
    if (!i.description().isEmpty()) {
      m.put("description", i.description());
    }
    putList(m, "skills", i.skills(), Function.identity());
    putList(m, "technologies", i.technologies(), Function.identity());
    i.difficulty().ifPresent(s -> m.put("difficulty", s));
    i.size().ifPresent(s -> m.put("size", s));
    i.link().ifPresent(u -> m.put("link", u.toString()));
    return m;
  }

  private static <T> void putList(Map<String, Object> m, String key, List<T> values, Function<? super T, ?> f) {
    if (!values.isEmpty()) {
      List<Object> out = new ArrayList<>(values.size());
      values.forEach(v -> out.add(f.apply(v)));
      m.put(key, out);
    }
  }
}
