package org.openseason.crawler.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Matches published header and label names against configured ones, ignoring case, punctuation, "(s)" and plural
 * endings: "Mentor(s)", "Mentors" and "mentor" are one label; "Dates (2026)" contains "dates".
 */
final class Labels {

  /** Configured names, normalized once: they come from settings, so there are few of them. */
  private static final Map<String, String> CONFIGURED = new ConcurrentHashMap<>();

  private Labels() {}

  private static String configured(String name) {
    return CONFIGURED.computeIfAbsent(name, Labels::normalize);
  }

  static String normalize(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace("(s)", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    StringBuilder out = new StringBuilder();
    for (String word : lower.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      String singular = word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
          ? word.substring(0, word.length() - 1) : word;
      out.append(out.length() == 0 ? "" : " ").append(singular);
    }
    return out.toString();
  }

  static boolean equalsAny(String text, List<String> names) {
    String value = normalize(text);
    return !value.isEmpty() && names.stream().anyMatch(n -> configured(n).equals(value));
  }

  static boolean containsAny(String text, List<String> names) {
    String value = " " + normalize(text) + " ";
    return names.stream().map(Labels::configured).filter(n -> !n.isEmpty())
        .anyMatch(n -> value.contains(" " + n + " "));
  }

  /** The field whose names include {@code label} exactly. */
  static <F> Optional<F> fieldOf(String label, Map<F, List<String>> names) {
    String value = normalize(label);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    for (Map.Entry<F, List<String>> entry : names.entrySet()) {
      if (entry.getValue().stream().anyMatch(n -> configured(n).equals(value))) {
        return Optional.of(entry.getKey());
      }
    }
    return Optional.empty();
  }
}
