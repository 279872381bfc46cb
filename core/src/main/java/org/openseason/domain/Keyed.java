package org.openseason.domain;

import java.util.Arrays;
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
    return this instanceof Enum<?> constant
        ? KeyedConstants.of(constant).key(constant.ordinal())
        : KeyedConstants.key(name());
  }

  /** How people read it: {@code SUMMER_OF_CODE} becomes {@code Summer of code}. */
  default String label() {
    return this instanceof Enum<?> constant
        ? KeyedConstants.of(constant).label(constant.ordinal())
        : KeyedConstants.label(name());
  }

  /** The constant whose key is {@code key}, if any. */
  static <E extends Enum<E> & Keyed> Optional<E> byKey(Class<E> type, String key) {
    if (key == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(type.cast(KeyedConstants.of(type).byKey(key)));
  }

  /** All keys of {@code type}, comma-separated, for error messages. */
  static <E extends Enum<E> & Keyed> String keysOf(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Keyed::key).collect(Collectors.joining(", "));
  }
}
