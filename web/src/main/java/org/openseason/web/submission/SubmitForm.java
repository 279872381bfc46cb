package org.openseason.web.submission;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openseason.domain.AgeReference;
import org.openseason.domain.AudienceRule;
import org.openseason.domain.CompensationBasis;
import org.openseason.domain.CompensationKind;
import org.openseason.domain.Keyed;
import org.openseason.domain.Lifecycle;
import org.openseason.domain.MilestoneKind;
import org.openseason.domain.ParticipationMode;
import org.openseason.domain.ProgramKind;
import org.openseason.domain.StudentRequirement;

/**
 * What the submission form shows: the values typed so far, a message next to each field at fault, and the rows of
 * the repeated groups (cycles, their milestones and ideas), each with a few empty rows to fill in.
 *
 * @param action where the form posts its preview
 * @param csrf the form's security token
 * @param values the fields' values by name (a path in the listing format)
 * @param errors the messages by field name
 * @param cycles the rows of cycles, milestones and ideas to show
 * @param notice a message above the form (a duplicate, a rate limit, an ownership check)
 * @param duplicateOf the slug of a listed program this one duplicates, to offer an edit to it
 * @param editing true on an edit link's page: the moderator contact is kept from before
 * @param status for an edit link: the latest revision and the ownership check
 */
public record SubmitForm(
    String action,
    String csrf,
    Map<String, String> values,
    Map<String, String> errors,
    List<CycleRows> cycles,
    Optional<String> notice,
    Optional<String> duplicateOf,
    boolean editing,
    Optional<EditStatus> status) {

  private static final Pattern CYCLE = Pattern.compile("cycles\\[(\\d+)\\]\\.(?:(milestones|ideas)\\[(\\d+)\\])?.*");
  static final int MAX_CYCLES = 10;
  static final int MAX_MILESTONES = 20;
  static final int MAX_IDEAS = 50;

  /**
   * One cycle's rows.
   *
   * @param index its number in the form
   * @param milestones the numbers of its milestone rows
   * @param ideas the numbers of its idea rows
   */
  public record CycleRows(int index, List<Integer> milestones, List<Integer> ideas) {}

  /**
   * The edit link's page: where its latest revision stands, and the ownership proof.
   *
   * @param receipt the latest revision's receipt
   * @param state pending, approved, rejected, changes-requested
   * @param reason the moderator's words
   * @param verificationToken the token to place on the homepage
   * @param verified when it was last found there, in words
   * @param verifyAction where "check now" posts
   * @param meta the meta tag to copy
   */
  public record EditStatus(String receipt, String state, Optional<String> reason, String verificationToken,
      Optional<String> verified, String verifyAction, String meta) {}

  /**
   * A choice of a select.
   *
   * @param key its value
   * @param label how it reads
   */
  public record Choice(String key, String label) {}

  /** The rows for these values: every row that holds something, and {@code extra} more empty ones of each group. */
  static List<CycleRows> rows(Map<String, String> values, int extraCycles, int extraMilestones, int extraIdeas) {
    int cycles = 0;
    Map<Integer, int[]> inner = new java.util.HashMap<>();
    for (String name : values.keySet()) {
      Matcher m = CYCLE.matcher(name);
      if (m.matches()) {
        int c = Integer.parseInt(m.group(1));
        cycles = Math.max(cycles, c + 1);
        int[] counts = inner.computeIfAbsent(c, k -> new int[2]);
        if (m.group(2) != null) {
          int which = m.group(2).equals("milestones") ? 0 : 1;
          counts[which] = Math.max(counts[which], Integer.parseInt(m.group(3)) + 1);
        }
      }
    }
    int shownCycles = Math.min(MAX_CYCLES, Math.max(cycles + extraCycles, 1));
    List<CycleRows> rows = new ArrayList<>();
    for (int c = 0; c < shownCycles; c++) {
      int[] counts = inner.getOrDefault(c, new int[2]);
      rows.add(new CycleRows(c, range(Math.min(MAX_MILESTONES, counts[0] + extraMilestones)),
          range(Math.min(MAX_IDEAS, counts[1] + extraIdeas))));
    }
    return rows;
  }

  private static List<Integer> range(int n) {
    return java.util.stream.IntStream.range(0, n).boxed().toList();
  }

  public String value(String name) {
    return values.getOrDefault(name, "");
  }

  public boolean checked(String name) {
    String v = value(name);
    return !v.isEmpty() && !v.equals("false");
  }

  public boolean hasError(String name) {
    return errors.containsKey(name);
  }

  public String error(String name) {
    return errors.getOrDefault(name, "");
  }

  /** The element id of a field: its name with every other character a dash. */
  public static String id(String name) {
    return "f-" + name.replaceAll("[^A-Za-z0-9_]+", "-");
  }

  /** The choices of a select, by the field's last name: {@code kind} of a milestone, of a program. */
  public List<Choice> choices(String name) {
    String key = name.replaceAll(".*\\.", "");
    return switch (key) {
      case "kind" -> name.contains("milestones") ? of(MilestoneKind.class)
          : name.startsWith("compensation") ? of(CompensationKind.class) : of(ProgramKind.class);
      case "lifecycle" -> of(Lifecycle.class);
      case "mode" -> of(ParticipationMode.class);
      case "student" -> of(StudentRequirement.class);
      case "age_judged_at" -> of(AgeReference.class);
      case "audience_rule" -> of(AudienceRule.class);
      case "basis" -> of(CompensationBasis.class);
      default -> List.of();
    };
  }

  private static <E extends Enum<E> & Keyed> List<Choice> of(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(e -> new Choice(e.key(), e.label())).toList();
  }

  /** The messages of fields the form has no place for (the listing as a whole, a group), shown above it. */
  public List<Map.Entry<String, String>> allErrors() {
    return List.copyOf(errors.entrySet());
  }
}
