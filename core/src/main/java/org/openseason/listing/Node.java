package org.openseason.listing;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.openseason.domain.Keyed;

/**
 * One mapping of a listing with its path, reading typed fields and remembering which keys were read so that
 * unknown keys (usually typos) are reported instead of silently ignored.
 */
final class Node {

  private final String path;
  private final Map<?, ?> map;
  private final Set<String> read = new LinkedHashSet<>();

  Node(String path, Map<?, ?> map) {
    this.path = path;
    this.map = map;
  }

  static Node of(String path, Object value) {
    if (!(value instanceof Map<?, ?> map)) {
      throw new ListingException(path, "must be a mapping of keys to values");
    }
    return new Node(path, map);
  }

  String path() {
    return path;
  }

  String pathOf(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  ListingException error(String key, String problem) {
    return new ListingException(pathOf(key), problem);
  }

  private Object raw(String key) {
    read.add(key);
    return map.get(key);
  }

  boolean has(String key) {
    return map.get(key) != null;
  }

  String string(String key) {
    return optionalString(key).orElseThrow(() -> error(key, "is required"));
  }

  Optional<String> optionalString(String key) {
    Object value = raw(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof String s) {
      return Optional.of(s);
    }
    if (value instanceof Number || value instanceof Boolean) {
      return Optional.of(value.toString());
    }
    throw error(key, "must be text");
  }

  Optional<Integer> optionalInt(String key) {
    return optionalLong(key)
        .map(
            n -> {
              if (n > Integer.MAX_VALUE || n < Integer.MIN_VALUE) {
                throw error(key, "is out of range");
              }
              return n.intValue();
            });
  }

  Optional<Long> optionalLong(String key) {
    Object value = raw(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Integer || value instanceof Long) {
      return Optional.of(((Number) value).longValue());
    }
    throw error(key, "must be a whole number");
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

  URI uri(String key) {
    return optionalUri(key).orElseThrow(() -> error(key, "is required"));
  }

  Optional<URI> optionalUri(String key) {
    return optionalString(key).map(s -> parseUri(key, s));
  }

  private URI parseUri(String key, String text) {
    try {
      URI uri = new URI(text.strip());
      if (!org.openseason.domain.Urls.isWebUrl(uri)) {
        throw error(key, "'" + text + "' is not an absolute http(s) URL");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw error(key, "'" + text + "' is not a URL: " + e.getReason());
    }
  }

  LocalDate date(String key) {
    String text = string(key);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error(key, "'" + text + "' is not a date (YYYY-MM-DD)");
    }
  }

  <E extends Enum<E> & Keyed> E keyed(String key, Class<E> type, E otherwise) {
    return optionalString(key).map(s -> keyedValue(key, type, s)).orElse(otherwise);
  }

  <E extends Enum<E> & Keyed> E keyed(String key, Class<E> type) {
    return keyedValue(key, type, string(key));
  }

  <E extends Enum<E> & Keyed> E keyedValue(String key, Class<E> type, String text) {
    return Keyed.byKey(type, text)
        .orElseThrow(() -> error(key, "'" + text + "' is not one of " + Keyed.keysOf(type)));
  }

  List<String> strings(String key) {
    return list(key, (itemPath, item) -> {
      if (item instanceof String s) {
        return s;
      }
      if (item instanceof Number) {
        return item.toString();
      }
      throw new ListingException(itemPath, "must be text");
    });
  }

  <T> List<T> list(String key, ItemReader<T> reader) {
    Object value = raw(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> items)) {
      throw error(key, "must be a list");
    }
    List<T> result = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      String itemPath = pathOf(key) + "[" + i + "]";
      if (items.get(i) == null) {
        throw new ListingException(itemPath, "is empty");
      }
      result.add(reader.read(itemPath, items.get(i)));
    }
    return result;
  }

  <T> List<T> nodes(String key, Function<Node, T> reader) {
    return list(key, (itemPath, item) -> {
      Node child = Node.of(itemPath, item);
      T result = reader.apply(child);
      child.requireAllRead();
      return result;
    });
  }

  <T> Optional<T> optionalNode(String key, Function<Node, T> reader) {
    Object value = raw(key);
    if (value == null) {
      return Optional.empty();
    }
    Node child = Node.of(pathOf(key), value);
    T result = reader.apply(child);
    child.requireAllRead();
    return Optional.of(result);
  }

  /** Fails on the first key of the mapping that no reader asked for. */
  void requireAllRead() {
    for (Object key : map.keySet()) {
      if (!read.contains(String.valueOf(key))) {
        throw new ListingException(pathOf(String.valueOf(key)), "is not a known field");
      }
    }
  }

  /** Reads one item of a list. */
  @FunctionalInterface
  interface ItemReader<T> {
    T read(String path, Object item);
  }
}
