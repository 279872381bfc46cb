package org.openseason.crawler.parse;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A schema.org item from JSON-LD or microdata, as plain maps: values are strings, maps (nested items) or lists.
 *
 * @param type the schema.org type without its namespace: {@code Event}, {@code EducationalOccupationalProgram}
 * @param properties the item's properties
 */
public record StructuredItem(String type, Map<String, Object> properties) {

  public StructuredItem {
    properties = properties == null ? Map.of() : properties;
  }

  /** A property as text: the value itself, or the first of a list, or a nested item's {@code name}. */
  public Optional<String> text(String property) {
    return textOf(properties.get(property));
  }

  /** The value at a property, as a nested item's properties, when it is one. */
  public Optional<Map<String, Object>> item(String property) {
    Object value = properties.get(property);
    if (value instanceof List<?> list && !list.isEmpty()) {
      value = list.get(0);
    }
    if (value instanceof Map<?, ?> map) {
      @SuppressWarnings("unchecked")
      Map<String, Object> typed = (Map<String, Object>) map;
      return Optional.of(typed);
    }
    return Optional.empty();
  }

  static Optional<String> textOf(Object value) {
    if (value instanceof List<?> list) {
      return list.isEmpty() ? Optional.empty() : textOf(list.get(0));
    }
    if (value instanceof Map<?, ?> map) {
      Object inner = map.containsKey("@value") ? map.get("@value") : map.containsKey("name") ? map.get("name")
          : map.get("@id");
      return textOf(inner);
    }
    if (value == null) {
      return Optional.empty();
    }
    String text = value.toString().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
