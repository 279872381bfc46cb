package org.openseason.api.submission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps and lists as JSON and forms give them: copied deep, and fields set aside by their path. */
final class Trees {

  private Trees() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
  }

  /** A deep, modifiable copy: maps keep their order, keys become text. */
  static Map<String, Object> copy(Map<?, ?> tree) {
    Map<String, Object> out = new LinkedHashMap<>();
    tree.forEach((k, v) -> out.put(String.valueOf(k), copyValue(v)));
    return out;
  }

  private static Object copyValue(Object value) {
    if (value instanceof Map<?, ?> m) {
      return copy(m);
    }
    if (value instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      l.forEach(item -> out.add(copyValue(item)));
      return out;
    }
    return value;
  }

  /**
   * Removes the field at a path such as {@code cycles[0].milestones[1].start}.
   *
   * @return false when there is nothing to remove there, or the path ends in a list item (removing one would
   *     shift the paths of the items after it)
   */
  static boolean remove(Map<String, Object> tree, String path) {
    if (path.isEmpty() || path.endsWith("]")) {
      return false;
    }
    Object owner = tree;
    String[] steps = path.split("\\.");
    for (int s = 0; s < steps.length - 1; s++) {
      owner = step(owner, steps[s]);
      if (owner == null) {
        return false;
      }
    }
    return owner instanceof Map<?, ?> m && m.remove(steps[steps.length - 1]) != null;
  }

  /** The value at a path, null when there is none. */
  static Object get(Map<String, Object> tree, String path) {
    Object value = tree;
    for (String step : path.split("\\.")) {
      value = value == null ? null : step(value, step);
    }
    return value;
  }

  /** Sets the value at a path whose owner exists; a path ending in a list item is left alone. */
  @SuppressWarnings("unchecked")
  static void put(Map<String, Object> tree, String path, Object value) {
    int dot = path.lastIndexOf('.');
    Object owner = dot < 0 ? tree : get(tree, path.substring(0, dot));
    if (owner instanceof Map<?, ?> m && !path.endsWith("]")) {
      ((Map<String, Object>) m).put(path.substring(dot + 1), value);
    }
  }

  private static Object step(Object owner, String step) {
    String key = step;
    List<Integer> indexes = new ArrayList<>();
    int bracket = step.indexOf('[');
    if (bracket >= 0) {
      key = step.substring(0, bracket);
      for (String index : step.substring(bracket + 1, step.length() - 1).split("\\]\\[")) {
        indexes.add(Integer.parseInt(index));
      }
    }
    Object value = owner instanceof Map<?, ?> m ? m.get(key) : null;
    for (int index : indexes) {
      value = value instanceof List<?> l && index < l.size() ? l.get(index) : null;
    }
    return value;
  }
}
