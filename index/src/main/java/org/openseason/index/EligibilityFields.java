package org.openseason.index;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.openseason.domain.Audience;
import org.openseason.domain.AudienceRule;
import org.openseason.domain.Eligibility;
import org.openseason.domain.Program;
import org.openseason.eligibility.EligibilityJudge;
import org.openseason.eligibility.ReferenceDate;

/**
 * Indexes a program's eligibility twice: as rule tokens and points that {@link EligibilityQueries} filters on (the
 * tokens and bounds also as doc values, which {@link KeptMatches} reads), and as stored values from which a hit's
 * {@link Eligibility} is rebuilt to explain the verdict.
 *
 * <p>Age rules become birth-date bounds at the program's reference date: the latest birth date a minimum age
 * allows, the earliest one a maximum age allows.
 */
final class EligibilityFields {

  static final String RULE = "elig_rule";
  static final String BIRTH_LATEST = "elig_birth_latest";
  static final String BIRTH_EARLIEST = "elig_birth_earliest";
  static final String MIN_HOURS = "elig_min_hours";

  static final String ENDED = "ended";
  static final String UNKNOWN = "unknown";
  static final String MIN_AGE = "min_age";
  static final String MAX_AGE = "max_age";
  static final String STUDENT_REQUIRED = "student=required";
  static final String STUDENT_OR_BEGINNER = "student=student-or-beginner";
  static final String ALLOWED_SOME = "allowed_some";
  static final String EXCLUDED_SOME = "excluded_some";
  static final String HOURS = "min_hours";

  private EligibilityFields() {}

  static String allowed(String country) {
    return "allowed=" + country;
  }

  static String excluded(String country) {
    return "excluded=" + country;
  }

  static String audience(Audience audience) {
    return "audience=" + audience.key();
  }

  static String excludes(String slug) {
    return "excludes=" + slug;
  }

  static void add(Document doc, Program p, ReferenceDate ref) {
    LocalDate reference = ref.date();
    Eligibility e = p.eligibility();
    List<String> rules = new ArrayList<>();
    if (!p.lifecycle().isRunning()) {
      rules.add(ENDED);
    }
    if (e.equals(Eligibility.UNKNOWN)) {
      rules.add(UNKNOWN);
    }
    e.minimumAge().ifPresent(min -> {
      rules.add(MIN_AGE);
      bound(doc, BIRTH_LATEST, reference.minusYears(min).toEpochDay());
    });
    e.maximumAge().ifPresent(max -> {
      rules.add(MAX_AGE);
      bound(doc, BIRTH_EARLIEST, reference.minusYears(max + 1L).plusDays(1).toEpochDay());
    });
    switch (e.student()) {
      case REQUIRED -> rules.add(STUDENT_REQUIRED);
      case STUDENT_OR_BEGINNER -> rules.add(STUDENT_OR_BEGINNER);
      case NOT_REQUIRED, UNKNOWN -> { }
    }
    if (!e.countriesAllowed().isEmpty()) {
      rules.add(ALLOWED_SOME);
      e.countriesAllowed().forEach(c -> rules.add(allowed(c)));
    }
    if (!e.countriesExcluded().isEmpty()) {
      rules.add(EXCLUDED_SOME);
      e.countriesExcluded().forEach(c -> rules.add(excluded(c)));
    }
    if (e.audienceRule() == AudienceRule.REQUIRED && !e.audiences().isEmpty()) {
      rules.add(audience(EligibilityJudge.requiredAudience(e)));
    }
    e.hoursPerWeek().min().ifPresent(h -> {
      rules.add(HOURS);
      doc.add(new IntPoint(MIN_HOURS, h));
      doc.add(new NumericDocValuesField(MIN_HOURS, h));
    });
    e.excludesPastParticipantsOf().forEach(s -> rules.add(excludes(s)));
    for (String r : rules) {
      doc.add(new StringField(RULE, r, Store.NO));
      doc.add(new SortedSetDocValuesField(RULE, new BytesRef(r)));
    }
    store(doc, e, ref);
  }

  /** A bound as a point, for the filter query, and as a doc value, for the filter of kept matches. */
  private static void bound(Document doc, String field, long epochDay) {
    doc.add(new LongPoint(field, epochDay));
    doc.add(new NumericDocValuesField(field, epochDay));
  }

  /** Stored values, enough to rebuild the {@link Eligibility} of a hit. */
  private static void store(Document doc, Eligibility e, ReferenceDate reference) {
    doc.add(new StoredField("elig_reference", reference.date().toEpochDay()));
    doc.add(new StoredField("elig_reference_estimated", reference.estimated() ? 1 : 0));
    e.minimumAge().ifPresent(a -> doc.add(new StoredField("elig_min_age", a)));
    e.maximumAge().ifPresent(a -> doc.add(new StoredField("elig_max_age", a)));
    doc.add(new StoredField("elig_age_at", e.ageJudgedAt().key()));
    doc.add(new StoredField("elig_student", e.student().key()));
    e.countriesAllowed().forEach(c -> doc.add(new StoredField("elig_allowed", c)));
    e.countriesExcluded().forEach(c -> doc.add(new StoredField("elig_excluded", c)));
    e.audiences().forEach(a -> doc.add(new StoredField("elig_audience", a.key())));
    doc.add(new StoredField("elig_audience_rule", e.audienceRule().key()));
    e.hoursPerWeek().min().ifPresent(h -> doc.add(new StoredField("elig_hours_min", h)));
    e.hoursPerWeek().max().ifPresent(h -> doc.add(new StoredField("elig_hours_max", h)));
    e.excludesPastParticipantsOf().forEach(s -> doc.add(new StoredField("elig_excludes", s)));
    e.prerequisites().forEach(s -> doc.add(new StoredField("elig_prerequisite", s)));
    e.otherRules().forEach(s -> doc.add(new StoredField("elig_other", s)));
  }

  static ReferenceDate reference(Document doc) {
    return new ReferenceDate(
        LocalDate.ofEpochDay(doc.getField("elig_reference").numericValue().longValue()),
        doc.getField("elig_reference_estimated").numericValue().intValue() == 1);
  }

  static Eligibility read(Document doc) {
    return new Eligibility(
        integer(doc, "elig_min_age"),
        integer(doc, "elig_max_age"),
        keyed(org.openseason.domain.AgeReference.class, doc.get("elig_age_at")),
        keyed(org.openseason.domain.StudentRequirement.class, doc.get("elig_student")),
        new java.util.LinkedHashSet<>(List.of(doc.getValues("elig_allowed"))),
        new java.util.LinkedHashSet<>(List.of(doc.getValues("elig_excluded"))),
        new java.util.LinkedHashSet<>(
            java.util.Arrays.stream(doc.getValues("elig_audience")).map(a -> keyed(Audience.class, a)).toList()),
        keyed(AudienceRule.class, doc.get("elig_audience_rule")),
        new org.openseason.domain.HoursPerWeek(integer(doc, "elig_hours_min"), integer(doc, "elig_hours_max")),
        List.of(doc.getValues("elig_excludes")),
        List.of(doc.getValues("elig_prerequisite")),
        List.of(doc.getValues("elig_other")));
  }

  private static Optional<Integer> integer(Document doc, String field) {
    var f = doc.getField(field);
    return f == null ? Optional.empty() : Optional.of(f.numericValue().intValue());
  }

  private static <E extends Enum<E> & org.openseason.domain.Keyed> E keyed(Class<E> type, String key) {
    return org.openseason.domain.Keyed.byKey(type, key).orElseThrow();
  }

  /**
   * Age bounds hold until the reference date passes: then it is today's date (which moves daily) or next year's
   * expected round, so the document must be refreshed the day after.
   */
  static Optional<Instant> ageRulesValidUntil(Program p, ReferenceDate reference, Instant now) {
    boolean ageRule = p.eligibility().minimumAge().isPresent() || p.eligibility().maximumAge().isPresent();
    if (!ageRule) {
      return Optional.empty();
    }
    // A published date in the past (a cycle in progress) stays until the status changes: only a date of today or
    // later can move with the days.
    Instant dayAfter = reference.date().plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    return dayAfter.isAfter(now) ? Optional.of(dayAfter) : Optional.empty();
  }
}
