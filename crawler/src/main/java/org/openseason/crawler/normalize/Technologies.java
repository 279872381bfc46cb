package org.openseason.crawler.normalize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.openseason.domain.Interest;
import org.openseason.domain.InterestVocabulary;

/**
 * Technology and topic names to the keys of the reviewed interest vocabulary ("Golang" is {@code go}, "k8s" is
 * {@code kubernetes}, "ML" is {@code machine-learning}); a name the vocabulary does not know is kept as published,
 * cleaned. Lists are split on commas, semicolons, bullets and spaced slashes, and on a plain slash when one side is
 * a known name ("TypeScript/React"), not when neither is ("CI/CD").
 */
public final class Technologies {

  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,;·•|\\n]|\\s/\\s|\\band\\b(?=\\s))\\s*");
  private static final Pattern NOISE = Pattern.compile("(?i)^(?:\\(optional\\)|optional:?|nice[- ]to[- ]have:?"
      + "|familiarity with|basic(?:s of)?|knowledge of|experience (?:with|in)|understanding of|some|good)\\s+");
  private static final Pattern TRAILING = Pattern.compile("(?i)\\s*(?:\\(optional\\)|basics)$|[.:]+$");

  private final InterestVocabulary vocabulary;

  public Technologies(InterestVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** Splits a published list and normalizes each name, dropping duplicates. */
  public List<String> normalizeList(String text) {
    return normalizeAll(split(text));
  }

  /** Normalizes each name, dropping duplicates and empty ones, keeping the published order. */
  public List<String> normalizeAll(List<String> names) {
    Set<String> out = new LinkedHashSet<>();
    for (String name : names) {
      for (String part : splitSlash(name)) {
        String normalized = normalize(part);
        if (!normalized.isEmpty()) {
          out.add(normalized);
        }
      }
    }
    return List.copyOf(out);
  }

  /** One name: its vocabulary key when known, else the name cleaned of "basic", "(optional)" and the like. */
  public String normalize(String name) {
    String clean = Texts.line(name);
    for (String previous = ""; !previous.equals(clean); ) {
      previous = clean;
      clean = TRAILING.matcher(NOISE.matcher(clean).replaceFirst("")).replaceFirst("").strip();
    }
    return known(clean).map(Interest::key).orElse(clean);
  }

  /** Only the names the vocabulary knows, as keys. */
  public List<String> knownKeys(List<String> names) {
    Set<String> out = new LinkedHashSet<>();
    for (String name : names) {
      for (String part : splitSlash(name)) {
        known(normalize(part)).ifPresent(interest -> out.add(interest.key()));
      }
    }
    return List.copyOf(out);
  }

  private Optional<Interest> known(String name) {
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return vocabulary.resolve(lower)
        .or(() -> vocabulary.resolve(lower.replace(' ', '-')))
        .or(() -> lower.endsWith("s") ? vocabulary.resolve(lower.substring(0, lower.length() - 1)) : Optional.empty());
  }

  /** Splits a published list on its separators. */
  public static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    for (String part : SEPARATORS.split(text)) {
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    return parts;
  }

  private List<String> splitSlash(String name) {
    if (!name.contains("/") || name.contains("://")) {
      return List.of(name);
    }
    List<String> parts = List.of(name.split("/"));
    boolean anyKnown = parts.stream().anyMatch(p -> known(normalize(p)).isPresent());
    return anyKnown && parts.stream().noneMatch(String::isBlank) ? parts : List.of(name);
  }
}
