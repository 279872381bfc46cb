package org.openseason.crawler;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.openseason.domain.Compensation;
import org.openseason.domain.CompensationBasis;
import org.openseason.domain.HoursPerWeek;
import org.openseason.domain.ParticipationMode;
import org.openseason.domain.StudentRequirement;

/**
 * One fact about a program read from a page, with the words it was read from, so that a moderator can check it
 * and the merge can record its provenance.
 */
public sealed interface ProgramFact {

  /** The sentence, list item or cell the fact was read from. */
  String evidence();

  /** The fact's stable key in JSON: {@code minimum-age}, {@code hours-per-week}, ... */
  String key();

  /** The fact's values as plain maps, lists and strings, for JSON. */
  Map<String, Object> values();

  /** The fact as JSON: its key, values and evidence. */
  default Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("fact", key());
    map.putAll(values());
    map.put("evidence", evidence());
    return map;
  }

  /** "18 or older". */
  record MinimumAge(int years, String evidence) implements ProgramFact {
    public MinimumAge {
      if (years < 0 || years > 100) {
        throw new IllegalArgumentException("age " + years + " is out of range");
      }
      requireNonNull(evidence, "evidence is null");
    }

    @Override
    public String key() {
      return "minimum-age";
    }

    @Override
    public Map<String, Object> values() {
      return Map.of("years", years);
    }
  }

  /** Whether participants must be students. */
  record Student(StudentRequirement requirement, String evidence) implements ProgramFact {
    public Student {
      requireNonNull(requirement, "requirement is null");
      requireNonNull(evidence, "evidence is null");
    }

    @Override
    public String key() {
      return "student";
    }

    @Override
    public Map<String, Object> values() {
      return Map.of("requirement", requirement.key());
    }
  }

  /** "at least 4 hours a week". */
  record Hours(HoursPerWeek hours, String evidence) implements ProgramFact {
    public Hours {
      requireNonNull(hours, "hours is null");
      requireNonNull(evidence, "evidence is null");
    }

    @Override
    public String key() {
      return "hours-per-week";
    }

    @Override
    public Map<String, Object> values() {
      Map<String, Object> values = new LinkedHashMap<>();
      hours.min().ifPresent(min -> values.put("min", min));
      hours.max().ifPresent(max -> values.put("max", max));
      return values;
    }
  }

  /** A stipend, a grant, prizes, swag, or nothing ("unpaid"). */
  record Pay(Compensation compensation, String evidence) implements ProgramFact {
    public Pay {
      requireNonNull(compensation, "compensation is null");
      requireNonNull(evidence, "evidence is null");
    }

    @Override
    public String key() {
      return "compensation";
    }

    @Override
    public Map<String, Object> values() {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("kind", compensation.kind().key());
      compensation.amount().ifPresent(money -> {
        values.put("currency", money.currency());
        values.put("min", money.min());
        values.put("max", money.max());
      });
      if (compensation.basis() != CompensationBasis.FIXED) {
        values.put("basis", compensation.basis().key());
      }
      return values;
    }
  }

  /** How often mentor and participant meet: "every 1-2 weeks", and for how long, "30-60 minutes". */
  record Cadence(String interval, Optional<String> meetingLength, String evidence) implements ProgramFact {
    public Cadence {
      requireNonNull(interval, "interval is null");
      meetingLength = meetingLength == null ? Optional.empty() : meetingLength;
      requireNonNull(evidence, "evidence is null");
    }

    @Override
    public String key() {
      return "meeting-cadence";
    }

    @Override
    public Map<String, Object> values() {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("interval", interval);
      meetingLength.ifPresent(length -> values.put("meeting_length", length));
      return values;
    }
  }

  /** Whether people can join at any time (rolling) or only in dated rounds. */
  record Rolling(boolean rolling, String evidence) implements ProgramFact {
    public Rolling {
      requireNonNull(evidence, "evidence is null");
    }

    @Override
    public String key() {
      return "rolling";
    }

    @Override
    public Map<String, Object> values() {
      return Map.of("rolling", rolling);
    }
  }

  /** The background a participant is expected to have: "one year of Clojure programming". */
  record Background(String requirement, String evidence) implements ProgramFact {
    public Background {
      requireNonNull(requirement, "requirement is null");
      requireNonNull(evidence, "evidence is null");
    }

    @Override
    public String key() {
      return "background";
    }

    @Override
    public Map<String, Object> values() {
      return Map.of("requirement", requirement);
    }
  }

  /** Countries of residence allowed or excluded, as ISO 3166 alpha-2 codes. */
  record Countries(Set<String> allowed, Set<String> excluded, String evidence) implements ProgramFact {
    public Countries {
      allowed = Set.copyOf(allowed);
      excluded = Set.copyOf(excluded);
      requireNonNull(evidence, "evidence is null");
    }

    @Override
    public String key() {
      return "countries";
    }

    @Override
    public Map<String, Object> values() {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("allowed", List.copyOf(new TreeSet<>(allowed)));
      values.put("excluded", List.copyOf(new TreeSet<>(excluded)));
      return values;
    }
  }

  /** How long the program runs, as an ISO-8601 duration ({@code P12W}, {@code P3M}) and as published. */
  record Length(String duration, String text, String evidence) implements ProgramFact {
    public Length {
      requireNonNull(duration, "duration is null");
      requireNonNull(text, "text is null");
      requireNonNull(evidence, "evidence is null");
    }

    @Override
    public String key() {
      return "duration";
    }

    @Override
    public Map<String, Object> values() {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("duration", duration);
      values.put("text", text);
      return values;
    }
  }

  /** Remote, hybrid or on site. */
  record Mode(ParticipationMode mode, String evidence) implements ProgramFact {
    public Mode {
      requireNonNull(mode, "mode is null");
      requireNonNull(evidence, "evidence is null");
    }

    @Override
    public String key() {
      return "participation";
    }

    @Override
    public Map<String, Object> values() {
      return Map.of("mode", mode.key());
    }
  }

  /**
   * How many mentors a page lists, and the page: the count of its entries, never the names in them.
   *
   * @param count the number of mentors listed
   * @param link the page that lists them
   */
  record Mentors(int count, String link, String evidence) implements ProgramFact {
    public Mentors {
      if (count < 1) {
        throw new IllegalArgumentException("a list of mentors has at least one entry");
      }
      requireNonNull(link, "link is null");
      requireNonNull(evidence, "evidence is null");
    }

    @Override
    public String key() {
      return "mentors";
    }

    @Override
    public Map<String, Object> values() {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("count", count);
      values.put("link", link);
      return values;
    }
  }

  /** A rule in words that needs a person's judgement (a footnote such as "Indian students only"). */
  record Rule(String text, String evidence) implements ProgramFact {
    public Rule {
      requireNonNull(text, "text is null");
      requireNonNull(evidence, "evidence is null");
    }

    @Override
    public String key() {
      return "rule";
    }

    @Override
    public Map<String, Object> values() {
      return Map.of("text", text);
    }
  }
}
