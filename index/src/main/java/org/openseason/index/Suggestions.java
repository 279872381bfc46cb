package org.openseason.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Completions as a person types: program names, organizers and interests whose name, or any word of it, starts
 * with what was typed. Held in memory as a sorted map from each word-start of each name to the names, so one
 * lookup is a range scan.
 */
final class Suggestions {

  private final NavigableMap<String, Set<Suggestion>> byPrefix = new ConcurrentSkipListMap<>();
  private final Map<String, List<Suggestion>> byProgram = new ConcurrentHashMap<>();
  /** How many programs give each of their suggestions: an organizer runs several, and stays while any remains. */
  private final Map<Suggestion, Integer> uses = new ConcurrentHashMap<>();

  void clear() {
    byPrefix.clear();
    byProgram.clear();
    uses.clear();
  }

  /** Adds (or replaces) what one program contributes: its name and its organizer. */
  void putProgram(String slug, String name, String organizer) {
    removeProgram(slug);
    List<Suggestion> added = List.of(
        new Suggestion(name, Suggestion.Kind.PROGRAM, slug),
        new Suggestion(organizer, Suggestion.Kind.ORGANIZER, organizer));
    for (Suggestion suggestion : added) {
      if (uses.merge(suggestion, 1, Integer::sum) == 1) {
        add(suggestion);
      }
    }
    byProgram.put(slug, added);
  }

  void removeProgram(String slug) {
    List<Suggestion> previous = byProgram.remove(slug);
    if (previous != null) {
      for (Suggestion suggestion : previous) {
        if (uses.compute(suggestion, (s, n) -> n == null || n <= 1 ? null : n - 1) == null) {
          remove(suggestion);
        }
      }
    }
  }

  void add(Suggestion suggestion) {
    for (String key : keys(suggestion.text())) {
      byPrefix.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(suggestion);
    }
  }

  private void remove(Suggestion suggestion) {
    for (String key : keys(suggestion.text())) {
      Set<Suggestion> set = byPrefix.get(key);
      if (set != null) {
        set.remove(suggestion);
      }
    }
  }

  /** Each position where a word starts, to the end: "Season of KDE" gives "season of kde", "of kde", "kde". */
  private static List<String> keys(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < lower.length(); i++) {
      if (Character.isLetterOrDigit(lower.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1)))) {
        keys.add(lower.substring(i));
      }
    }
    return keys;
  }

  /** A completion and whether its whole text, not only a later word of it, starts with what was typed. */
  private record Candidate(Suggestion suggestion, boolean wholeStarts) {}

  /** Programs first, then interests, then organizers; within each, whole-text matches, shorter, alphabetical. */
  private static final Comparator<Candidate> ORDER =
      Comparator.comparing((Candidate c) -> c.suggestion().kind())
          .thenComparing(c -> !c.wholeStarts())
          .thenComparingInt(c -> c.suggestion().text().length())
          .thenComparing(c -> c.suggestion().text());

  /** Up to {@code limit} completions of {@code prefix}: programs first, then interests, then organizers. */
  List<Suggestion> complete(String prefix, int limit) {
    String p = prefix.strip().toLowerCase(Locale.ROOT);
    if (p.isEmpty()) {
      return List.of();
    }
    Set<Suggestion> found = new LinkedHashSet<>();
    for (Set<Suggestion> set : byPrefix.subMap(p, true, p + Character.MAX_VALUE, false).values()) {
      found.addAll(set);
      if (found.size() >= limit * 20) {
        break;
      }
    }
    // Each candidate's text is lower-cased once, not in every comparison: sorting 160 candidates compares about
    // 1,200 times, each of which made two strings.
    return found.stream()
        .map(s -> new Candidate(s, s.text().toLowerCase(Locale.ROOT).startsWith(p)))
        .sorted(ORDER)
        .limit(limit)
        .map(Candidate::suggestion)
        .toList();
  }
}
