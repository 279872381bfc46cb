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
 * One mapping of a data file (a listing, a crawler source) with its path, reading typed fields and remembering
 * which keys were read so that unknown keys (usually typos) are reported instead of silently ignored. Every error
 * names the path of the field at fault; what it is thrown as is the reader's choice ({@link Errors}).
 */
public final class Node {

  /** Makes the exception for a problem at a path: a listing's, a source file's. */
  @FunctionalInterface
  public interface Errors {
    RuntimeException at(String path, String problem);
  }

  private final String path;
  private final Map<?, ?> map;
  private final Errors errors;
  private final Set<String> read = new LinkedHashSet<>();

  Node(String path, Map<?, ?> map) {
    this(path, map, ListingException::new);
  }

  private Node(String path, Map<?, ?> map, Errors errors) {
    this.path = path;
    this.map = map;
    this.errors = errors;
  }

  static Node of(String path, Object value) {
    return of(path, value, ListingException::new);
  }

  /** A mapping read with its own errors; {@code value} that is not a mapping is an error at {@code path}. */
  public static Node of(String path, Object value, Errors errors) {
    if (!(value instanceof Map<?, ?> map)) {
      throw errors.at(path, "must be a mapping of keys to values");
    }
    return new Node(path, map, errors);
  }

  public String path() {
    return path;
  }

  public String pathOf(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  public RuntimeException error(String key, String problem) {
    return errors.at(pathOf(key), problem);
  }

  private Object raw(String key) {
    read.add(key);
    return map.get(key);
  }

  public boolean has(String key) {
    return map.get(key) != null;
  }

  public String string(String key) {
    return optionalString(key).orElseThrow(() -> error(key, "is required"));
  }

  public Optional<String> optionalString(String key) {
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

  /** Text without surrounding blanks; a blank value counts as absent. */
  public Optional<String> optionalText(String key) {
    return optionalString(key).map(String::strip).filter(text -> !text.isEmpty());
  }

  /** Text without surrounding blanks, required and not blank. */
  public String text(String key) {
    return optionalText(key).orElseThrow(() -> error(key, "is required"));
  }

  /** One text, or a list of texts, each without surrounding blanks and not blank. */
  public List<String> texts(String key) {
    if (map.get(key) instanceof String) {
      return List.of(text(key));
    }
    return list(key, (itemPath, item) -> {
      if (!(item instanceof String || item instanceof Number) || item.toString().isBlank()) {
        throw errors.at(itemPath, "must be non-empty text");
      }
      return item.toString().strip();
    });
  }

  /** A whole number from {@code min} to {@code max}, when given. */
  public Optional<Integer> optionalInt(String key, int min, int max) {
    Optional<Integer> number = optionalInt(key);
    if (number.isPresent() && (number.get() < min || number.get() > max)) {
      throw error(key, "must be a whole number between " + min + " and " + max);
    }
    return number;
  }

  /** The keys of this mapping, in their order. */
  public List<String> keys() {
    return map.keySet().stream().map(String::valueOf).toList();
  }

  public Optional<Integer> optionalInt(String key) {
    return optionalLong(key)
        .map(
            n -> {
              if (n > Integer.MAX_VALUE || n < Integer.MIN_VALUE) {
                throw error(key, "is out of range");
              }
              return n.intValue();
            });
  }

  public Optional<Long> optionalLong(String key) {
    Object value = raw(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Integer || value instanceof Long) {
      return Optional.of(((Number) value).longValue());
    }
    throw error(key, "must be a whole number");
  }

  public boolean bool(String key, boolean otherwise) {
    Object value = raw(key);
    if (value == null) {
      return otherwise;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    throw error(key, "must be true or false");
  }

  public URI uri(String key) {
    return optionalUri(key).orElseThrow(() -> error(key, "is required"));
  }

  public Optional<URI> optionalUri(String key) {
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

  public LocalDate date(String key) {
    String text = string(key);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error(key, "'" + text + "' is not a date (YYYY-MM-DD)");
    }
  }

  public <E extends Enum<E> & Keyed> E keyed(String key, Class<E> type, E otherwise) {
    return optionalString(key).map(s -> keyedValue(key, type, s)).orElse(otherwise);
  }

  public <E extends Enum<E> & Keyed> E keyed(String key, Class<E> type) {
    return keyedValue(key, type, string(key));
  }

  public <E extends Enum<E> & Keyed> E keyedValue(String key, Class<E> type, String text) {
    return Keyed.byKey(type, text)
        .orElseThrow(() -> error(key, "'" + text + "' is not one of " + Keyed.keysOf(type)));
  }

  public List<String> strings(String key) {
    return list(key, (itemPath, item) -> {
      if (item instanceof String s) {
        return s;
      }
      if (item instanceof Number) {
        return item.toString();
      }
      throw errors.at(itemPath, "must be text");
    });
  }

  public <T> List<T> list(String key, ItemReader<T> reader) {
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
        throw errors.at(itemPath, "is empty");
      }
      result.add(reader.read(itemPath, items.get(i)));
    }
    return result;
  }

  public <T> List<T> nodes(String key, Function<Node, T> reader) {
    return list(key, (itemPath, item) -> {
      Node child = Node.of(itemPath, item, errors);
      T result = reader.apply(child);
      child.requireAllRead();
      return result;
    });
  }

  public <T> Optional<T> optionalNode(String key, Function<Node, T> reader) {
    Object value = raw(key);
    if (value == null) {
      return Optional.empty();
    }
    Node child = Node.of(pathOf(key), value, errors);
    T result = reader.apply(child);
    child.requireAllRead();
    return Optional.of(result);
  }

  /** Fails on the first key of the mapping that no reader asked for. */
  public void requireAllRead() {
    for (Object key : map.keySet()) {
      if (!read.contains(String.valueOf(key))) {
        throw error(String.valueOf(key), "is not a known field");
      }
    }
  }

  /** Reads one item of a list. */
  @FunctionalInterface
  public interface ItemReader<T> {
    T read(String path, Object item);
  }
}
