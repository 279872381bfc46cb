package org.openseason.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openseason.crawler.ProgramFact;
import org.openseason.crawler.normalize.Countries;
import org.openseason.crawler.normalize.DateText;
import org.openseason.crawler.normalize.Durations;
import org.openseason.domain.HoursPerWeek;
import org.openseason.domain.ParticipationMode;
import org.openseason.domain.StudentRequirement;

/**
 * Facts in the phrases programs use: ages ("18 or older"), student status, hours a week ("at least 4 hours a
 * week"), meeting cadence ("every 1-2 weeks"), background ("one year of Clojure"), countries, length and
 * participation mode. Money and rolling admission have rules of their own ({@link PayRules}, {@link
 * ProgramPageExtractor}).
 */
final class FactRules {

  private static final Pattern HOURS = Pattern.compile("(?i)(at least|a minimum of|minimum of|minimum|min\\.?|up to"
      + "|at most|a maximum of|maximum of|about|around|approximately|roughly|~)?\\s*\\b(\\d{1,2})"
      + "(?:\\s*(?:-|–|to)\\s*(\\d{1,2}))?(\\+)?\\s*(?:hours?|hrs?|h)\\b\\s*(?:(?:a|per|each|/|every)\\s*week|weekly"
      + "|/\\s*wk)");
  private static final Pattern AGE = Pattern.compile("(?i)\\b(\\d{2})\\s*(?:years?(?:\\s+of\\s+age|\\s+old)?)?\\s*"
      + "(?:or|and)\\s*(?:older|over|above)\\b|\\b(?:at least|minimum age(?:\\s+of|\\s+is)?|aged|over the age of"
      + "|older than|above the age of)\\s*(\\d{2})\\b|\\b(\\d{2})\\+\\s*(?:years|yrs|only|\\))");
  private static final Pattern AGE_CONTEXT = Pattern.compile("(?i)\\bage|\\bold\\b|\\byears\\b|\\badults?\\b");
  private static final Pattern STUDENT_REQUIRED = Pattern.compile("(?i)must be (?:a |an )?(?:currently )?"
      + "(?:enrolled|(?:full[- ]time |part[- ]time |university |college )?students?|registered)"
      + "|\\b(?:only|open only to|exclusively for|restricted to)\\b[^.]{0,40}\\bstudents\\b"
      + "|\\bstudents only\\b|currently enrolled");
  private static final Pattern STUDENT_NOT_REQUIRED = Pattern.compile("(?i)(?:don't|do not|does not|doesn't|no need to"
      + "|not required to|not necessary to|needn't)\\s+(?:need to\\s+)?be\\s+(?:a\\s+)?students?"
      + "|\\bstudents?\\s+(?:and|or)\\s+non-students?|\\bnon-students?\\b|\\bnot (?:only|limited|restricted) to "
      + "students|students and (?:professionals|non-students|anyone)|open to (?:everyone|anyone|all)\\b");
  private static final Pattern STUDENT_OR_BEGINNER = Pattern.compile("(?i)students? or (?:open[- ]source )?"
      + "(?:beginners?|newcomers?)|(?:beginners?|newcomers?) or students?");
  private static final Pattern CADENCE = Pattern.compile("(?i)\\b(every\\s+(?:other\\s+)?(?:\\d+(?:\\s*(?:-|–|to)"
      + "\\s*\\d+)?\\s+|one or two\\s+|two\\s+)?(?:days?|weeks?|months?|fortnights?)|(?:once|twice|\\d+ times)\\s+"
      + "(?:a|per|every)\\s+(?:week|month|fortnight)|bi-?weekly|fortnightly|weekly|monthly|daily)\\b");
  private static final Pattern MEETING = Pattern.compile("(?i)\\bmeet|\\bcalls?\\b|\\bsync|check-?ins?\\b"
      + "|\\bsessions?\\b|one-on-one|1:1|\\btalk\\b|\\bvideo");
  private static final Pattern MEETING_LENGTH =
      Pattern.compile("(?i)\\b(\\d+(?:\\s*(?:-|–|to)\\s*\\d+)?\\s*(?:minutes?|mins?|hours?|hrs?))\\b");
  private static final Pattern EXPERIENCE = Pattern.compile("(?i)((?:about|roughly|around|at least|approximately"
      + "|some)?\\s*\\b(?:\\d+(?:\\.\\d+)?|one|two|three|four|five|a|an|half a)\\s+years?\\s+of\\s+"
      + "[\\p{L}+#.\\- ]{2,60}?)(?=\\s*(?:[.,;:)]|$|\\s(?:would|is|are|should|will|or|and|experience|background"
      + "|required|recommended|expected)\\b))");
  private static final Pattern EXPERIENCE_CONTEXT = Pattern.compile("(?i)background|experience|knowledge|familiar"
      + "|prerequisite|assum|expect|requir|programming|coding|proficien");
  private static final Pattern BACKGROUND_HEADING = Pattern.compile("(?i)background|prerequisite|knowledge"
      + "|experience|what (?:do|should) (?:i|you) (?:need|know)|skills (?:needed|required)");
  private static final Pattern COUNTRY_CONTEXT = Pattern.compile("(?i)resid|citizen|located|living in|based in"
      + "|eligible to work|work authori|only open to|open only to|students only|nationals|countr|only\\b");
  private static final Pattern EXCLUSION = Pattern.compile("(?i)not (?:open|available|eligible)|except|excluding"
      + "|excluded|embargo|sanction|cannot|can't|unable|temporarily stopped");
  private static final Pattern LENGTH_CONTEXT = Pattern.compile("(?i)duration|lasts?|runs? for|long\\b|period"
      + "|program|programme|mentorship|internship|term|fellowship|spans?|project size|in total");
  private static final Pattern REMOTE = Pattern.compile("(?i)\\bremote(?:ly)?\\b|\\bonline\\b|\\bvirtual(?:ly)?\\b"
      + "|from (?:your|their) (?:home|preferred location)");
  private static final Pattern ON_SITE = Pattern.compile("(?i)\\bon[- ]site\\b|\\bin the office\\b");
  private static final Pattern HYBRID = Pattern.compile("(?i)\\bhybrid\\b");

  /** Checked in this order: the first pattern found decides. */
  private static final List<Map.Entry<Pattern, StudentRequirement>> STUDENT_RULES = List.of(
      Map.entry(STUDENT_OR_BEGINNER, StudentRequirement.STUDENT_OR_BEGINNER),
      Map.entry(STUDENT_NOT_REQUIRED, StudentRequirement.NOT_REQUIRED),
      Map.entry(STUDENT_REQUIRED, StudentRequirement.REQUIRED));
  private static final List<Map.Entry<Pattern, ParticipationMode>> MODE_RULES = List.of(
      Map.entry(HYBRID, ParticipationMode.HYBRID),
      Map.entry(REMOTE, ParticipationMode.REMOTE),
      Map.entry(ON_SITE, ParticipationMode.ON_SITE));

  private FactRules() {}

  /** Every fact {@code statement} states. */
  static List<ProgramFact> read(Statement statement) {
    List<ProgramFact> facts = new ArrayList<>();
    String text = statement.text();
    String evidence = Evidence.of(text);
    hours(text, evidence).ifPresent(facts::add);
    age(text, evidence).ifPresent(facts::add);
    student(text, evidence).ifPresent(facts::add);
    cadence(text, evidence).ifPresent(facts::add);
    background(statement, evidence).ifPresent(facts::add);
    countries(text, evidence).ifPresent(facts::add);
    length(text, evidence).ifPresent(facts::add);
    mode(text, evidence).ifPresent(facts::add);
    PayRules.pay(text, evidence).ifPresent(facts::add);
    return facts;
  }

  static Optional<ProgramFact> hours(String text, String evidence) {
    Matcher m = HOURS.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int first = Integer.parseInt(m.group(2));
    Optional<Integer> second = Optional.ofNullable(m.group(3)).map(Integer::parseInt);
    String qualifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
    Optional<Integer> min;
    Optional<Integer> max;
    if (second.isPresent()) {
      min = Optional.of(first);
      max = second;
    } else if (qualifier.startsWith("up to") || qualifier.contains("most") || qualifier.contains("maximum")) {
      min = Optional.empty();
      max = Optional.of(first);
    } else if (qualifier.contains("least") || qualifier.startsWith("min") || qualifier.contains("minimum")
        || m.group(4) != null) {
      min = Optional.of(first);
      max = Optional.empty();
    } else {
      min = Optional.of(first);
      max = Optional.of(first);
    }
    try {
      return Optional.of(new ProgramFact.Hours(new HoursPerWeek(min, max), evidence));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static Optional<ProgramFact> age(String text, String evidence) {
    Matcher m = AGE.matcher(text);
    while (m.find()) {
      String years = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      int age = Integer.parseInt(years);
      boolean plus = m.group(3) != null;
      if (age >= 10 && age <= 30 && (!plus || AGE_CONTEXT.matcher(text).find())) {
        return Optional.of(new ProgramFact.MinimumAge(age, evidence));
      }
    }
    return Optional.empty();
  }

  static Optional<ProgramFact> student(String text, String evidence) {
    return first(text, STUDENT_RULES).map(requirement -> new ProgramFact.Student(requirement, evidence));
  }

  static Optional<ProgramFact> cadence(String text, String evidence) {
    Matcher m = CADENCE.matcher(text);
    if (!MEETING.matcher(text).find() || !m.find() || startsWithDate(text)) {
      return Optional.empty();
    }
    Matcher length = MEETING_LENGTH.matcher(text.substring(0, m.start()));
    Optional<String> meetingLength = length.find() ? Optional.of(length.group(1)) : Optional.empty();
    return Optional.of(new ProgramFact.Cadence(m.group(1), meetingLength, evidence));
  }

  /** A dated line ("June 3 - Weekly check-in due") is a deadline, not a cadence. */
  private static boolean startsWithDate(String text) {
    return DateText.find(text).filter(r -> r.from() < 3).isPresent();
  }

  static Optional<ProgramFact> background(Statement statement, String evidence) {
    boolean underHeading = BACKGROUND_HEADING.matcher(statement.heading()).find();
    Matcher m = EXPERIENCE.matcher(statement.text());
    if (m.find() && (underHeading || EXPERIENCE_CONTEXT.matcher(statement.text()).find())) {
      return Optional.of(new ProgramFact.Background(m.group(1).strip(), evidence));
    }
    return Optional.empty();
  }

  static Optional<ProgramFact> countries(String text, String evidence) {
    if (!COUNTRY_CONTEXT.matcher(text).find()) {
      return Optional.empty();
    }
    Set<String> codes = Countries.findAll(text, true);
    if (codes.isEmpty()) {
      return Optional.empty();
    }
    boolean excluded = EXCLUSION.matcher(text).find();
    return Optional.of(new ProgramFact.Countries(excluded ? Set.of() : codes,
        excluded ? codes : Set.of(), evidence));
  }

  static Optional<ProgramFact> length(String text, String evidence) {
    if (!LENGTH_CONTEXT.matcher(text).find()) {
      return Optional.empty();
    }
    for (Durations.Length length : Durations.findAll(text)) {
      String after = text.substring(Math.min(text.length(), length.end())).toLowerCase(Locale.ROOT);
      String before = text.substring(0, length.start()).toLowerCase(Locale.ROOT);
      boolean perWeek = after.matches("^\\s*(?:a|per|each|/|every)\\s*week.*|^\\s*weekly.*");
      boolean other = after.matches("^\\s*(?:of|ago|before|after|later|earlier)\\b.*")
          || before.matches(".*\\b(?:every|each|per|first|last|for the past)\\s*$");
      if (!perWeek && !other) {
        return Optional.of(new ProgramFact.Length(length.iso(), length.text(), evidence));
      }
    }
    return Optional.empty();
  }

  static Optional<ProgramFact> mode(String text, String evidence) {
    return first(text, MODE_RULES).map(mode -> new ProgramFact.Mode(mode, evidence));
  }

  /** The value of the first rule whose pattern occurs in the text. */
  private static <T> Optional<T> first(String text, List<Map.Entry<Pattern, T>> rules) {
    return rules.stream().filter(rule -> rule.getKey().matcher(text).find()).map(Map.Entry::getValue).findFirst();
  }
}
