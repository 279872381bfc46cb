package org.openseason.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openseason.domain.Audience;
import org.openseason.domain.AudienceRule;
import org.openseason.domain.CountryNames;
import org.openseason.domain.Eligibility;
import org.openseason.domain.Lifecycle;
import org.openseason.domain.Memo;
import org.openseason.domain.Program;

/**
 * Judges a profile against a program's rules, criterion by criterion. A criterion the person did not answer, or
 * that needs a person's judgement, makes the verdict "maybe"; one failing criterion makes it "not eligible".
 * Rules in words only ({@link Eligibility#otherRules()}) are shown as things to check, not judged.
 *
 * <p>{@code EligibilityQueries} in the index module expresses the same rules as Lucene queries; a test holds the
 * two to the same verdicts for every catalog program.
 */
public final class EligibilityJudge {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  /** Reference dates formatted so far; programs share a few hundred. */
  private static final Memo<LocalDate, String> DAYS = new Memo<>(10_000);

  private EligibilityJudge() {}

  /**
   * Judges {@code profile} against {@code program} at its reference date.
   *
   * @param programName turns a program slug into its name, for "not open to past participants of ..."
   */
  public static Judgement judge(Program program, Profile profile, Instant now, Function<String, String> programName) {
    return judge(program.eligibility(), program.lifecycle(), ReferenceDate.of(program, now), profile, now, programName);
  }

  /**
   * Judges {@code profile} against rules alone, for callers that hold them without the whole program (the index).
   *
   * @param reference the date the rules are judged at, from {@link ReferenceDate#of}
   */
  public static Judgement judge(
      Eligibility e, Lifecycle lifecycle, ReferenceDate reference, Profile profile, Instant now,
      Function<String, String> programName) {
    LocalDate today = LocalDate.ofEpochDay(Math.floorDiv(now.getEpochSecond(), 86_400));
    List<Reason> reasons = new ArrayList<>();
    if (!lifecycle.isRunning()) {
      reasons.add(new Reason("status", Verdict.NOT_ELIGIBLE,
          "The program has ended (" + lifecycle.label().toLowerCase(Locale.ROOT) + ")."));
    }
    age(e, profile, today, reference).ifPresent(reasons::add);
    student(e, profile).ifPresent(reasons::add);
    reasons.addAll(country(e, profile));
    audience(e, profile).ifPresent(reasons::add);
    hours(e, profile).ifPresent(reasons::add);
    pastParticipation(e, profile, programName).ifPresent(reasons::add);
    if (reasons.isEmpty() && e.equals(Eligibility.UNKNOWN)) {
      reasons.add(new Reason("rules", Verdict.MAYBE, "The program publishes no eligibility rules we know of: check its site."));
    }
    Verdict verdict = Verdict.ELIGIBLE;
    for (Reason reason : reasons) {
      verdict = verdict.and(reason.verdict());
    }
    List<String> alsoCheck = new ArrayList<>(e.prerequisites());
    alsoCheck.addAll(e.otherRules());
    return new Judgement(verdict, reference.date(), reasons, alsoCheck);
  }

  private static Optional<Reason> age(Eligibility e, Profile profile, LocalDate today, ReferenceDate ref) {
    if (e.minimumAge().isEmpty() && e.maximumAge().isEmpty()) {
      return Optional.empty();
    }
    LocalDate reference = ref.date();
    String rule = ageRule(e) + " on " + e.ageJudgedAt().label().toLowerCase(Locale.ROOT) + ", " + day(reference)
        + (ref.estimated() ? " (expected from the last round's dates)" : "");
    var range = profile.birthRange(today);
    if (range.isEmpty()) {
      return Optional.of(new Reason("age", Verdict.MAYBE, rule + ": tell your age to know."));
    }
    int youngest = Period.between(range.get().latest(), reference).getYears();
    int oldest = Period.between(range.get().earliest(), reference).getYears();
    String yours = youngest == oldest ? "you will be " + youngest : "you will be " + youngest + " or " + oldest;
    Verdict verdict = Verdict.ELIGIBLE;
    if (e.minimumAge().isPresent()) {
      int min = e.minimumAge().get();
      verdict = verdict.and(oldest < min ? Verdict.NOT_ELIGIBLE : youngest < min ? Verdict.MAYBE : Verdict.ELIGIBLE);
    }
    if (e.maximumAge().isPresent()) {
      int max = e.maximumAge().get();
      verdict = verdict.and(youngest > max ? Verdict.NOT_ELIGIBLE : oldest > max ? Verdict.MAYBE : Verdict.ELIGIBLE);
    }
    return Optional.of(new Reason("age", verdict, rule + ": " + yours + "."));
  }

  /** "12 Jun 2027": formatted once per date, since every result judged for an age names its reference date. */
  private static String day(LocalDate date) {
    return DAYS.get(date, DAY::format);
  }

  private static String ageRule(Eligibility e) {
    if (e.minimumAge().isPresent() && e.maximumAge().isPresent()) {
      return "Needs age " + e.minimumAge().get() + " to " + e.maximumAge().get();
    }
    return e.minimumAge().map(m -> "Needs " + m + "+").orElseGet(() -> "Needs at most " + e.maximumAge().get());
  }

  private static Optional<Reason> student(Eligibility e, Profile profile) {
    return switch (e.student()) {
      case REQUIRED -> Optional.of(profile.student()
          .map(s -> s
              ? new Reason("student", Verdict.ELIGIBLE, "For students: you are one.")
              : new Reason("student", Verdict.NOT_ELIGIBLE, "Only for students: you are not one."))
          .orElse(new Reason("student", Verdict.MAYBE, "Only for students: tell whether you are one.")));
      case STUDENT_OR_BEGINNER -> Optional.of(profile.student()
          .filter(s -> s)
          .map(s -> new Reason("student", Verdict.ELIGIBLE, "For students or open-source beginners: you are a student."))
          .orElse(new Reason("student", Verdict.MAYBE,
              "For students or people new to open source: if you are not a student, you must be a beginner.")));
      case NOT_REQUIRED, UNKNOWN -> Optional.empty();
    };
  }

  private static List<Reason> country(Eligibility e, Profile profile) {
    List<Reason> reasons = new ArrayList<>();
    if (!e.countriesAllowed().isEmpty()) {
      String names = countries(e.countriesAllowed());
      reasons.add(profile.country()
          .map(c -> e.countriesAllowed().contains(c)
              ? new Reason("country", Verdict.ELIGIBLE, "Only for residents of " + names + ": you live in " + country(c) + ".")
              : new Reason("country", Verdict.NOT_ELIGIBLE, "Only for residents of " + names + ": you live in " + country(c) + "."))
          .orElse(new Reason("country", Verdict.MAYBE, "Only for residents of " + names + ": tell your country.")));
    }
    if (!e.countriesExcluded().isEmpty()) {
      String names = countries(e.countriesExcluded());
      reasons.add(profile.country()
          .map(c -> e.countriesExcluded().contains(c)
              ? new Reason("country", Verdict.NOT_ELIGIBLE, "Not open to residents of " + names + ": you live in " + country(c) + ".")
              : new Reason("country", Verdict.ELIGIBLE, "Not open to residents of " + names + ": you live in " + country(c) + "."))
          .orElse(new Reason("country", Verdict.MAYBE, "Not open to residents of " + names + ": tell your country.")));
    }
    return reasons;
  }

  /**
   * A required audience, judged by the first that applies: underrepresented in tech, then women and non-binary
   * people, then university students; any other audience is for the program to judge.
   */
  private static Optional<Reason> audience(Eligibility e, Profile profile) {
    if (e.audienceRule() != AudienceRule.REQUIRED || e.audiences().isEmpty()) {
      return Optional.empty();
    }
    String groups = e.audiences().stream().map(a -> a.label().toLowerCase(Locale.ROOT)).sorted()
        .collect(Collectors.joining(" or "));
    String rule = "Only for " + groups;
    Reason maybe = new Reason("audience", Verdict.MAYBE, rule + ": the program decides from your application.");
    return Optional.of(switch (requiredAudience(e)) {
      case UNDERREPRESENTED_IN_TECH -> profile.underrepresented()
          .map(u -> u
              ? new Reason("audience", Verdict.ELIGIBLE, rule + ": you identify as underrepresented in tech.")
              : new Reason("audience", Verdict.NOT_ELIGIBLE, rule + ": you do not identify as underrepresented in tech."))
          .orElse(maybe);
      case WOMEN_AND_NON_BINARY -> profile.underrepresented().equals(Optional.of(false))
          ? new Reason("audience", Verdict.NOT_ELIGIBLE, rule + ": you do not identify as underrepresented in tech.")
          : maybe;
      case UNIVERSITY_STUDENTS -> profile.student()
          .map(s -> s
              ? new Reason("audience", Verdict.ELIGIBLE, rule + ": you are a student.")
              : new Reason("audience", Verdict.NOT_ELIGIBLE, rule + ": you are not a student."))
          .orElse(maybe);
      default -> maybe;
    });
  }

  /** The audience that decides a required-audience rule, by the priority {@link #audience} documents. */
  public static Audience requiredAudience(Eligibility e) {
    for (Audience a : List.of(Audience.UNDERREPRESENTED_IN_TECH, Audience.WOMEN_AND_NON_BINARY, Audience.UNIVERSITY_STUDENTS)) {
      if (e.audiences().contains(a)) {
        return a;
      }
    }
    return e.audiences().iterator().next();
  }

  private static Optional<Reason> hours(Eligibility e, Profile profile) {
    return e.hoursPerWeek().min().map(min -> profile.hoursPerWeek()
        .map(h -> h >= min
            ? new Reason("hours", Verdict.ELIGIBLE, "Needs " + min + " hours a week: you have " + h + ".")
            : new Reason("hours", Verdict.NOT_ELIGIBLE, "Needs " + min + " hours a week: you have " + h + "."))
        .orElse(new Reason("hours", Verdict.MAYBE, "Needs " + min + " hours a week: tell how many you have.")));
  }

  /** Programs a person took part in are told, not guessed: without any, none is assumed. */
  private static Optional<Reason> pastParticipation(Eligibility e, Profile profile, Function<String, String> name) {
    if (e.excludesPastParticipantsOf().isEmpty()) {
      return Optional.empty();
    }
    String names = e.excludesPastParticipantsOf().stream().map(name).collect(Collectors.joining(", "));
    List<String> taken = e.excludesPastParticipantsOf().stream().filter(profile.participated()::contains).toList();
    if (!taken.isEmpty()) {
      return Optional.of(new Reason("past participation", Verdict.NOT_ELIGIBLE,
          "Not open to past participants of " + names + ": you took part in "
              + taken.stream().map(name).collect(Collectors.joining(", ")) + "."));
    }
    return Optional.of(new Reason("past participation", Verdict.ELIGIBLE,
        "Not open to past participants of " + names + ": you have not told of taking part."));
  }

  private static String countries(Set<String> codes) {
    return CountryNames.list(codes);
  }

  static String country(String code) {
    return CountryNames.of(code);
  }
}
