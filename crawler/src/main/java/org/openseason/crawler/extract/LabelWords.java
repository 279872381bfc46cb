package org.openseason.crawler.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.openseason.crawler.extract.SectionsSettings.IdeaField;

/**
 * The field a label names by its words, for labels no setting lists: "Desirable skills" holds skills, "Expected
 * size of the project" a size, "Potential mentors" personal data. Tried only after the configured names, so
 * settings still decide. Fields are tried in an order that settles labels naming two ("Skill level" is a
 * difficulty, "Issue link" a link); personal data first, so that a label that mentions mentors is never read.
 */
final class LabelWords {

  private static final Map<IdeaField, Pattern> WORDS = new LinkedHashMap<>();
  private static final Pattern PEOPLE = Pattern.compile(
      "(?i)\\b(?:mentors|mentees|people|team|contributors|maintainers|contacts|alumni)\\b");

  static {
    WORDS.put(IdeaField.DROP, words("mentors?|co ?mentors?|contacts?|e ?mail|lfid|mentees?|maintainers?"));
    WORDS.put(IdeaField.DIFFICULTY, Pattern.compile("difficult|\\bskill level\\b|^(?:experience |difficulty )?level$"));
    WORDS.put(IdeaField.SIZE, words("size|hours?|duration|length|time commitment|effort"));
    WORDS.put(IdeaField.LINK, words("url|link"));
    WORDS.put(IdeaField.ISSUE, words("issues?|ticket"));
    WORDS.put(IdeaField.SKILLS, Pattern.compile("skill|prerequisite|\\brequirement|\\bknowledge\\b|\\bexperience\\b"));
    WORDS.put(IdeaField.TECHNOLOGIES,
        Pattern.compile("technolog|\\btech\\b|\\bstack\\b|\\blanguages?\\b|\\btools?\\b"));
    WORDS.put(IdeaField.DESCRIPTION, words("description|summary|abstract|overview|about|motivation|background"));
  }

  private LabelWords() {}

  private static Pattern words(String alternatives) {
    return Pattern.compile("\\b(?:" + alternatives + ")\\b");
  }

  /** True when a heading names people ("List of mentors", "Mentees", "Our team"): what is under it is personal. */
  static boolean namesPeople(String heading) {
    return fieldOf(heading).filter(f -> f == IdeaField.DROP).isPresent()
        || PEOPLE.matcher(heading).find();
  }

  /** The field {@code label}'s words name, if any; the label is compared as {@link Labels#normalize} leaves it. */
  static Optional<IdeaField> fieldOf(String label) {
    String words = Labels.normalize(label);
    if (words.isEmpty() || words.split(" ").length > 6) {
      return Optional.empty();
    }
    for (Map.Entry<IdeaField, Pattern> entry : WORDS.entrySet()) {
      if (entry.getValue().matcher(words).find()) {
        return Optional.of(entry.getKey());
      }
    }
    return Optional.empty();
  }
}
