package org.openseason.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The reviewed interest tags, looked up by key, label or alias. */
public final class InterestVocabulary {

  private final Map<String, Interest> byKey = new LinkedHashMap<>();
  private final Map<String, Interest> byName = new LinkedHashMap<>();

  /**
   * Builds the vocabulary.
   *
   * @throws IllegalArgumentException when a key, label or alias names two interests
   */
  public InterestVocabulary(Collection<Interest> interests) {
    for (Interest interest : interests) {
      if (byKey.put(interest.key(), interest) != null) {
        throw new IllegalArgumentException("interest '" + interest.key() + "' is listed twice");
      }
    }
    for (Interest interest : interests) {
      name(interest.key(), interest);
      name(interest.label(), interest);
      interest.aliases().forEach(alias -> name(alias, interest));
    }
  }

  /** Names compare without case and with hyphens, underscores and runs of spaces as one space. */
  private static String normalize(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replaceAll("[-_\\s]+", " ");
  }

  private void name(String rawName, Interest interest) {
    String name = normalize(rawName);
    Interest previous = byName.putIfAbsent(name, interest);
    if (previous != null && previous != interest) {
      throw new IllegalArgumentException(
          "'" + name + "' names both " + previous.key() + " and " + interest.key());
    }
  }

  public static InterestVocabulary empty() {
    return new InterestVocabulary(List.of());
  }

  public Optional<Interest> byKey(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** The interest a person's words name: a key, a label or an alias, in any case, hyphenated or not. */
  public Optional<Interest> resolve(String word) {
    return word == null ? Optional.empty() : Optional.ofNullable(byName.get(normalize(word)));
  }

  /** The label of a key, or the key itself when the vocabulary does not know it. */
  public String labelOf(String key) {
    return byKey(key).map(Interest::label).orElse(key);
  }

  public Collection<Interest> all() {
    return byKey.values();
  }
}
