package org.openseason.crawler.normalize;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Small numbers as words ("one" to "twelve", "a", "an") and as digits. */
final class Numbers {

  static final String WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an";

  private static final Map<String, Integer> VALUES = Map.ofEntries(Map.entry("one", 1), Map.entry("a", 1),
      Map.entry("an", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12));

  private Numbers() {}

  static Optional<Double> value(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String word = text.strip().toLowerCase(Locale.ROOT);
    if (VALUES.containsKey(word)) {
      return Optional.of(VALUES.get(word).doubleValue());
    }
    try {
      return Optional.of(Double.parseDouble(word.replace(",", "")));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
