package org.openseason.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enumerated value with a stable, lower-case, {@code -}-joined key used in data files, URLs and JSON, and a label
 * for people. The key is derived from the constant's name so the two can never drift apart.
 */
public interface Keyed {

  /** The constant's name, as {@link Enum#name()} returns it. */
  String name();

  /** The stable key: {@code SUMMER_OF_CODE} becomes {@code summer-of-code}. */
  default String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** How people read it: {@code SUMMER_OF_CODE} becomes {@code Summer of code}. */
  default String label() {
    String words = name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** The constant whose key is {@code key}, if any. */
  static <E extends Enum<E> & Keyed> Optional<E> byKey(Class<E> type, String key) {
    if (key == null) {
      return Optional.empty();
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.key().equals(key)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  /** All keys of {@code type}, comma-separated, for error messages. */
  static <E extends Enum<E> & Keyed> String keysOf(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Keyed::key).collect(Collectors.joining(", "));
  }
}
