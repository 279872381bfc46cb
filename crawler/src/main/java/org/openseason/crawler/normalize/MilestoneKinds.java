package org.openseason.crawler.normalize;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openseason.domain.MilestoneKind;

/**
 * Guesses what a milestone is from its published label. The rules are tried in order and the first that matches
 * wins, so the specific ones ("application review") come before the general ones ("application").
 */
public final class MilestoneKinds {

  private record Rule(Pattern pattern, MilestoneKind kind) {}

  private static final List<Rule> RULES = List.of(
      rule("\\breview\\b|\\binterview|\\branking", MilestoneKind.OTHER),
      rule("\\bresults?\\b", MilestoneKind.RESULTS),
      rule("\\bselect(ion|ed)?\\b|\\baccept(ed|ance)\\b|\\bnotif(ication|ications|ied|y)\\b|\\bannounce",
          MilestoneKind.SELECTION),
      rule("\\bproposals?\\b|\\bprojects? applications?\\b"
          + "|\\b(sub-?)?org(anization|anisation)?s?\\b.*\\b(appl|due|deadline|submi|open)"
          + "|mentoring organi[sz]ations?|\\bcommunities\\b.*\\bappl", MilestoneKind.ORGANIZATION_APPLICATIONS),
      rule("community bonding", MilestoneKind.COMMUNITY_BONDING),
      rule("\\bmid-?term\\b|\\bmid-?point\\b|\\bfirst evaluations?\\b|\\bphase (1|one|i) evaluations?\\b",
          MilestoneKind.MIDTERM),
      rule("\\b(applications?|apply|registrations?)\\b.*\\b(deadline|due|closes?|ends?|last day)\\b"
          + "|\\b(deadline|last day)\\b.*\\b(appl|regist)", MilestoneKind.APPLICATION_DEADLINE),
      rule("\\bapplications?\\b|\\bapply\\b|\\bregistrations?\\b|\\bsign[- ]?ups?\\b", MilestoneKind.APPLICATIONS),
      rule("\\blast day\\b|\\bfinal day\\b|\\bend of (the )?(term|program|programme|mentorship|internship)\\b"
          + "|\\b(program|programme|mentorship|term|coding|internship|work)\\b.*\\b(ends?|concludes?)\\b"
          + "|\\bwrap[- ]?up\\b", MilestoneKind.PROGRAM_END),
      rule("\\b(work(ing)?|coding|internship|mentorship|program|programme) period\\b", MilestoneKind.PROGRAM),
      rule("\\bbegins?\\b|\\bstarts?\\b|\\bcommences?\\b|\\bfirst day\\b", MilestoneKind.PROGRAM_START));

  private static final Pattern DEADLINE_WORDS =
      Pattern.compile("(?i)\\b(due|deadline|close[sd]?|last day|ends?|until|by)\\b");

  private MilestoneKinds() {}

  private static Rule rule(String regex, MilestoneKind kind) {
    return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), kind);
  }

  public static MilestoneKind guess(String label) {
    String text = label.toLowerCase(Locale.ROOT);
    for (Rule rule : RULES) {
      if (rule.pattern().matcher(text).find()) {
        return rule.kind();
      }
    }
    return MilestoneKind.OTHER;
  }

  /** True when a single day with this label is a deadline, whose last second counts rather than its first. */
  public static boolean isDeadline(String label, MilestoneKind kind) {
    return kind == MilestoneKind.APPLICATION_DEADLINE || kind == MilestoneKind.PROGRAM_END
        || DEADLINE_WORDS.matcher(label).find();
  }
}
