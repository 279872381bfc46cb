package org.openseason.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The keys and default labels of each {@link Keyed} enum, worked out once per type: they are read for every search
 * result, facet value and parameter, and deriving them from the constant's name each time cost a share of a search.
 */
final class KeyedConstants {

  private static final ClassValue<KeyedConstants> OF_TYPE = new ClassValue<>() {
    @Override
    protected KeyedConstants computeValue(Class<?> type) {
      return new KeyedConstants(type.getEnumConstants());
    }
  };

  private final String[] keys;
  private final String[] labels;
  private final Map<String, Object> byKey = new HashMap<>();

  private KeyedConstants(Object[] constants) {
    keys = new String[constants.length];
    labels = new String[constants.length];
    for (int i = 0; i < constants.length; i++) {
      String name = ((Enum<?>) constants[i]).name();
      keys[i] = key(name);
      labels[i] = label(name);
      byKey.put(keys[i], constants[i]);
    }
  }

  /** The constants of the enum {@code constant} belongs to. */
  static KeyedConstants of(Enum<?> constant) {
    return OF_TYPE.get(constant.getDeclaringClass());
  }

  static KeyedConstants of(Class<?> type) {
    return OF_TYPE.get(type);
  }

  String key(int ordinal) {
    return keys[ordinal];
  }

  String label(int ordinal) {
    return labels[ordinal];
  }

  /** The constant with the key, or {@code null}. */
  Object byKey(String key) {
    return byKey.get(key);
  }

  static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String label(String name) {
    String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
