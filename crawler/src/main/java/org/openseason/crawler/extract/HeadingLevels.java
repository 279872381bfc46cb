package org.openseason.crawler.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.openseason.crawler.extract.SectionsSettings.IdeaField;

/**
 * Which heading levels of a page name projects and ideas: set in a source's settings, or found on the page.
 *
 * <p>Found: ideas are the level whose sections most often carry labelled fields (skills, difficulty, mentors...),
 * whatever that level is, the shallower of two that tie (a deeper level that ties is a sub-project's ideas, which
 * {@link SectionsExtractor} reads under their grouping heading); projects are the nearest shallower level with at
 * least two headings, which groups them.
 * A page whose sections carry no labels has ideas only under a heading that names them ("Project ideas"): the
 * headings one level below it.
 *
 * @param project the level (1-6) of headings naming a project, or 0 when ideas have no project heading
 * @param idea the level (1-6) of headings naming an idea, deeper than the project's
 * @param scope which headings of the idea level are ideas
 */
record HeadingLevels(int project, int idea, Scope scope) {

  /** Which headings of the idea level are ideas. */
  enum Scope {
    /** Every one: the levels were set by the source. */
    EVERY,
    /** Those with labelled fields: the levels were found from labels, so "## Contact" at that level is no idea. */
    LABELLED,
    /** Those under a heading that names ideas: the levels were found on a page without labels. */
    UNDER_IDEAS
  }

  static final Pattern NAMES_IDEAS = Pattern.compile("(?i)\\b(?:ideas?|projects|tasks|proposals)\\b");

  HeadingLevels(int project, int idea) {
    this(project, idea, Scope.EVERY);
  }

  HeadingLevels {
    java.util.Objects.requireNonNull(scope, "scope is null");
    if (idea < 1 || idea > 6 || project < 0 || project >= idea) {
      throw new IllegalArgumentException("heading levels must be 1-6 with the idea level deeper than the project's");
    }
  }

  /** The levels of {@code headings} (the page's structural headings, in order), if any level holds ideas. */
  static Optional<HeadingLevels> infer(List<Element> headings, Map<IdeaField, List<String>> labels) {
    Set<Element> all = Collections.newSetFromMap(new IdentityHashMap<>());
    all.addAll(headings);
    int[] count = new int[7];
    int[] labelled = new int[7];
    Element labelledParent = null;
    int labelsUnder = 0;
    List<Element> parents = new java.util.ArrayList<>();
    for (Element heading : headings) {
      int level = Blocks.level(heading);
      while (!parents.isEmpty() && Blocks.level(parents.get(parents.size() - 1)) >= level) {
        parents.remove(parents.size() - 1);
      }
      Element parent = parents.isEmpty() ? null : parents.get(parents.size() - 1);
      parents.add(heading);
      if (parent != null && namesField(heading, labels)) {
        // Two headings that are labels ("#### Skills Required", "#### Mentors") mark their parent as labelled.
        labelsUnder = parent == labelledParent ? labelsUnder + 1 : 1;
        labelledParent = parent;
        if (labelsUnder == 2) {
          labelled[Blocks.level(parent)]++;
        }
        continue;
      }
      count[level]++;
      if (!SectionText.read(heading, all, labels).fields().isEmpty()) {
        labelled[level]++;
      }
    }
    int idea = 0;
    for (int level = 1; level <= 6; level++) {
      if (labelled[level] > labelled[idea]) {
        idea = level;
      }
    }
    if (idea == 0) {
      return unlabelled(headings);
    }
    return Optional.of(new HeadingLevels(groupingLevel(count, idea), idea, Scope.LABELLED));
  }

  /** The nearest shallower level with two or more headings: one heading alone is the page's title. */
  private static int groupingLevel(int[] count, int idea) {
    for (int level = idea - 1; level >= 1; level--) {
      if (count[level] > 0) {
        return count[level] >= 2 ? level : 0;
      }
    }
    return 0;
  }

  /** True when most of {@code deeper}, the headings below one heading, are labels of its fields. */
  static boolean labelHeadings(List<Element> deeper, Map<IdeaField, List<String>> labels) {
    long named = deeper.stream().filter(h -> namesField(h, labels)).count();
    return !deeper.isEmpty() && named * 2 >= deeper.size() && named >= 2;
  }

  private static boolean namesField(Element heading, Map<IdeaField, List<String>> labels) {
    String text = heading.text().replaceAll("[:：]\\s*$", "").strip();
    // Headings are titles more often than labels: only short ones ("Skills Required") may be labels.
    return text.split("\\s+").length <= 3 && LabelledItem.field(text, labels).isPresent();
  }

  /** True when {@code text} (a heading) names ideas or projects. */
  static boolean namesIdeas(String text) {
    return NAMES_IDEAS.matcher(text).find();
  }

  private static Optional<HeadingLevels> unlabelled(List<Element> headings) {
    for (int i = 0; i < headings.size(); i++) {
      Element heading = headings.get(i);
      if (!namesIdeas(heading.text())) {
        continue;
      }
      int level = Blocks.level(heading);
      int below = 7;
      int under = 0;
      for (int j = i + 1; j < headings.size() && Blocks.level(headings.get(j)) > level; j++) {
        int sub = Blocks.level(headings.get(j));
        if (sub < below) {
          below = sub;
          under = 0;
        }
        under += sub == below ? 1 : 0;
      }
      if (under >= 2) {
        return Optional.of(new HeadingLevels(0, below, Scope.UNDER_IDEAS));
      }
    }
    return Optional.empty();
  }
}
