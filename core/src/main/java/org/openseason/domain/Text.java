package org.openseason.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks shared by the records of this package for the plain-text values people and crawlers write. */
final class Text {

  private Text() {}

  static String required(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    return bounded(value.strip(), field, maxLength);
  }

  static Optional<String> optional(Optional<String> value, String field, int maxLength) {
    if (value == null) {
      return Optional.empty();
    }
    return value.map(String::strip).filter(s -> !s.isEmpty()).map(s -> bounded(s, field, maxLength));
  }

  static List<String> list(List<String> values, String field, int maxLength) {
    if (values == null) {
      return List.of();
    }
    List<String> copy = new ArrayList<>(values.size());
    for (String value : values) {
      copy.add(required(value, field, maxLength));
    }
    return List.copyOf(copy);
  }

  /** An optional whole number that, when present, must lie within {@code min..max}. */
  static Optional<Integer> range(Optional<Integer> value, String field, int min, int max) {
    if (value == null) {
      return Optional.empty();
    }
    value.ifPresent(
        v -> {
          if (v < min || v > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max);
          }
        });
    return value;
  }

  private static String bounded(String value, String field, int maxLength) {
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
        throw new IllegalArgumentException(field + " contains a control character");
      }
    }
    return value;
  }
}
