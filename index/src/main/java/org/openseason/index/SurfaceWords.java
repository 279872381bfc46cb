package org.openseason.index;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.search.spell.LevenshteinDistance;

/**
 * The words of program names, aliases, organizers and interests as people write them (not stemmed), with how often
 * each occurs: the dictionary "did you mean" corrects against.
 */
final class SurfaceWords {

  private final Map<String, Integer> counts = new ConcurrentHashMap<>();
  private final LevenshteinDistance distance = new LevenshteinDistance();

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
    float bestSimilarity = 0;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      String candidate = e.getKey();
      if (Math.abs(candidate.length() - w.length()) > maxEdits) {
        continue;
      }
      float similarity = distance.getDistance(w, candidate);
      int edits = Math.round((1 - similarity) * Math.max(w.length(), candidate.length()));
      if (edits > maxEdits) {
        continue;
      }
      if (similarity > bestSimilarity || (similarity == bestSimilarity && e.getValue() > bestCount)) {
        best = candidate;
        bestSimilarity = similarity;
        bestCount = e.getValue();
      }
    }
    return Optional.ofNullable(best);
  }

  static String[] words(String text) {
    return text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}+#.]+|(?<!\\w)\\.|\\.(?!\\w)");
  }
}
