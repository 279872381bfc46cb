package org.openseason.benchmark.corpus;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Prose for synthetic listings: sentences built from the words real program pages use, so that the analyzers,
 * the postings and the lengths of fields look like a real directory's rather than random letters.
 */
final class Texts {

  /** Words for names of organizers and programs; a few start with "pre" so that suggestions have work to do. */
  static final List<String> NAME_WORDS = List.of(
      "Aurora", "Beacon", "Cedar", "Delta", "Ember", "Falcon", "Granite", "Harbor", "Iris", "Juniper", "Kestrel",
      "Lumen", "Meridian", "Nimbus", "Orchid", "Prairie", "Quartz", "Raven", "Summit", "Tundra", "Umbra", "Vertex",
      "Willow", "Xenon", "Yarrow", "Zephyr", "Prelude", "Presto", "Prism", "Prefect", "Premier", "Precept",
      "Preston", "Prevail", "Atlas", "Borealis", "Cobalt", "Dune", "Equinox", "Fjord", "Glacier", "Helix",
      "Indigo", "Jasper", "Kite", "Lattice", "Mosaic", "Nova", "Onyx", "Pioneer", "Quill", "Ridge", "Sierra",
      "Tessera", "Unity", "Vega", "Wren", "Yonder", "Zenith", "Open", "Free", "Civic", "Commons", "Libre");

  static final List<String> ORGANIZER_SUFFIXES = List.of(
      "Foundation", "Project", "Labs", "Software Foundation", "Collective", "Community", "Institute", "Alliance",
      "Consortium", "Society", "University", "Network", "Initiative", "Group");

  private static final List<String> VERBS = List.of(
      "pairs", "connects", "funds", "supports", "guides", "introduces", "welcomes", "trains", "matches", "helps");
  private static final List<String> PEOPLE = List.of(
      "new contributors", "students", "early-career developers", "newcomers to open source", "technical writers",
      "designers", "researchers", "people from groups underrepresented in tech", "self-taught programmers");
  private static final List<String> NOUNS = List.of(
      "project", "maintainer", "mentor", "community", "proposal", "contribution", "release", "library", "tool",
      "framework", "patch", "issue", "review", "milestone", "stipend", "timeline", "repository", "feature",
      "test suite", "documentation", "workflow", "plugin", "interface", "benchmark", "parser", "runtime",
      "package", "module", "dataset", "pipeline", "dashboard", "server", "client", "compiler pass", "driver");
  private static final List<String> ADJECTIVES = List.of(
      "open", "small", "large", "weekly", "remote", "experienced", "friendly", "first", "public", "stable",
      "modern", "portable", "fast", "secure", "accessible", "well-tested", "upstream", "long-term", "shared");
  private static final List<String> ACTIONS = List.of(
      "write", "improve", "review", "document", "test", "design", "port", "refactor", "profile", "package",
      "maintain", "translate", "extend", "fix", "ship", "measure", "simplify", "rewrite", "prototype");
  private static final List<String> LINKS = List.of(
      "with", "for", "on", "in", "during", "after", "before", "through", "across", "alongside");

  private Texts() {}

  static <T> T pick(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** One sentence of 8 to 20 words, mentioning {@code topic} when it is not empty. */
  static String sentence(SplittableRandom random, String topic) {
    StringBuilder s = new StringBuilder();
    s.append(cap(pick(random, PEOPLE))).append(' ').append(pick(random, List.of("will", "can", "often", "usually")))
        .append(' ').append(pick(random, ACTIONS)).append(" a ").append(pick(random, ADJECTIVES)).append(' ')
        .append(pick(random, NOUNS));
    int extra = random.nextInt(3);
    for (int i = 0; i < extra; i++) {
      s.append(' ').append(pick(random, LINKS)).append(" the ").append(pick(random, ADJECTIVES)).append(' ')
          .append(pick(random, NOUNS));
    }
    if (!topic.isEmpty()) {
      s.append(' ').append(pick(random, LINKS)).append(' ').append(topic);
    }
    return s.append('.').toString();
  }

  /** A program's summary: one or two sentences that say what it is and what it is about, under 300 characters. */
  static String summary(SplittableRandom random, String organizer, String kindWords, String topics) {
    String first = organizer + " " + pick(random, VERBS) + " " + pick(random, PEOPLE) + " with mentors on " + topics
        + " " + kindWords + " projects.";
    String second = random.nextInt(3) > 0 ? " " + sentence(random, "") : "";
    String both = first + second;
    return both.length() <= 300 ? both : first.length() <= 300 ? first : first.substring(0, 299) + ".";
  }

  /** A few paragraphs, each of a few sentences, some mentioning the program's interests. */
  static String description(SplittableRandom random, List<String> topics) {
    int paragraphs = 2 + random.nextInt(3);
    StringBuilder d = new StringBuilder();
    for (int p = 0; p < paragraphs; p++) {
      if (p > 0) {
        d.append("\n\n");
      }
      int sentences = 3 + random.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          d.append(' ');
        }
        String topic = random.nextInt(3) == 0 ? pick(random, topics) : "";
        d.append(sentence(random, topic));
      }
    }
    return d.toString();
  }

  static String ideaTitle(SplittableRandom random, String topic) {
    return cap(pick(random, ACTIONS)) + " the " + pick(random, ADJECTIVES) + " " + pick(random, NOUNS) + " "
        + pick(random, LINKS) + " " + topic;
  }

  static String cap(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
