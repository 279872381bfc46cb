package org.openseason.crawler.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One mapping of a source file with its path, reading typed fields and remembering which keys were read so that
 * an unknown key (usually a typo) is an error rather than silently ignored.
 */
final class Fields {

  private final String file;
  private final String path;
  private final Map<?, ?> map;
  private final Set<String> read = new LinkedHashSet<>();

  Fields(String file, String path, Object value) {
    if (!(value instanceof Map<?, ?> mapping)) {
      throw new SourceFileException(file, path, "must be a mapping of keys to values");
    }
    this.file = file;
    this.path = path;
    this.map = mapping;
  }

  String pathOf(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  SourceFileException error(String key, String problem) {
    return new SourceFileException(file, pathOf(key), problem);
  }

  boolean has(String key) {
    return map.get(key) != null;
  }

  private Object raw(String key) {
    read.add(key);
    return map.get(key);
  }

  String string(String key) {
    return optionalString(key).orElseThrow(() -> error(key, "is required"));
  }

  Optional<String> optionalString(String key) {
    Object value = raw(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      String text = value.toString().strip();
      return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
    throw error(key, "must be text");
  }

  int integer(String key, int otherwise, int min, int max) {
    Object value = raw(key);
    if (value == null) {
      return otherwise;
    }
    if (!(value instanceof Integer number) || number < min || number > max) {
      throw error(key, "must be a whole number between " + min + " and " + max);
    }
    return number;
  }

  Optional<Integer> optionalInteger(String key, int min, int max) {
    return has(key) ? Optional.of(integer(key, 0, min, max)) : Optional.empty();
  }

  boolean bool(String key, boolean otherwise) {
    Object value = raw(key);
    if (value == null) {
      return otherwise;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    throw error(key, "must be true or false");
  }

  List<String> strings(String key) {
    Object value = raw(key);
    if (value == null) {
      return List.of();
    }
    if (value instanceof String s) {
      return List.of(s);
    }
    if (!(value instanceof List<?> items)) {
      throw error(key, "must be a list of texts");
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Object item = items.get(i);
      if (!(item instanceof String || item instanceof Number) || item.toString().isBlank()) {
        throw new SourceFileException(file, pathOf(key) + "[" + i + "]", "must be non-empty text");
      }
      texts.add(item.toString().strip());
    }
    return texts;
  }

  /** A mapping of names to lists of texts: {@code labels: {skills: [Skills, Recommended Skills]}}. */
  Map<String, List<String>> stringLists(String key) {
    Object value = raw(key);
    if (value == null) {
      return Map.of();
    }
    Fields child = new Fields(file, pathOf(key), value);
    Map<String, List<String>> lists = new LinkedHashMap<>();
    for (Object name : child.map.keySet()) {
      lists.put(String.valueOf(name), child.strings(String.valueOf(name)));
    }
    return lists;
  }

  List<Fields> children(String key) {
    Object value = raw(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> items)) {
      throw error(key, "must be a list");
    }
    List<Fields> children = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      children.add(new Fields(file, pathOf(key) + "[" + i + "]", items.get(i)));
    }
    return children;
  }

  /** Fails on the first key no reader asked for. */
  void requireAllRead() {
    for (Object key : map.keySet()) {
      if (!read.contains(String.valueOf(key))) {
        throw error(String.valueOf(key), "is not a known field");
      }
    }
  }
}
