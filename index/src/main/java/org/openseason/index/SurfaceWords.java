package org.openseason.index;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The words of program names, aliases, organizers and interests as people write them (not stemmed), with how often
 * each occurs: the dictionary "did you mean" corrects against.
 */
final class SurfaceWords {

  /** Compiled once: {@code String.split} compiles a pattern like this one on every call, for every program. */
  private static final Pattern BETWEEN_WORDS = Pattern.compile("[^\\p{L}\\p{N}+#.]+|(?<!\\w)\\.|\\.(?!\\w)");

  private final Map<String, Integer> counts = new ConcurrentHashMap<>();

  void clear() {
    counts.clear();
  }

  void add(String text) {
    for (String word : words(text)) {
      counts.merge(word, 1, Integer::sum);
    }
  }

  boolean contains(String word) {
    return counts.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The known word closest to {@code word}: within one edit for short words, two for words of eight letters or
   * more; among equally close words the most frequent.
   */
  Optional<String> closest(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() < 4 || counts.containsKey(w)) {
      return Optional.empty();
    }
    int maxEdits = w.length() >= 8 ? 2 : 1;
    String best = null;
    int bestEdits = Integer.MAX_VALUE;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      String candidate = e.getKey();
      if (Math.abs(candidate.length() - w.length()) > maxEdits) {
        continue;
      }
      int edits = edits(w, candidate, maxEdits);
      if (edits <= maxEdits && (edits < bestEdits || (edits == bestEdits && e.getValue() > bestCount))) {
        best = candidate;
        bestEdits = edits;
        bestCount = e.getValue();
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Edits between two words, a swap of neighbours counting as one ("googel" is one edit from "google"): the
   * optimal string alignment distance. Gives up past {@code limit}.
   */
  static int edits(String a, String b, int limit) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
    }
    return d[a.length()][b.length()];
  }

  static String[] words(String text) {
    return BETWEEN_WORDS.split(text.toLowerCase(Locale.ROOT));
  }
}
