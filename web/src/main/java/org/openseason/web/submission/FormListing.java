package org.openseason.web.submission;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form's fields and the listing format, both ways. Every field is named by its path in the listing format
 * ({@code cycles[0].milestones[1].start}), so the check's messages land next to the fields they are about; lists
 * of words are typed comma-separated, lists of sentences one a line.
 */
final class FormListing {

  private static final Pattern STEP = Pattern.compile("([a-z_]+)(?:\\[(\\d{1,2})\\])?");
  private static final Set<String> LINES = Set.of("prerequisites", "other_rules");
  private static final Set<String> WORDS = Set.of("aliases", "interests", "runs_on", "countries_allowed",
      "countries_excluded", "audiences", "excludes_past_participants_of", "skills", "technologies");
  private static final Set<String> NUMBERS = Set.of("minimum_age", "maximum_age", "min", "max", "mentors");
  private static final Set<String> FLAGS = Set.of("rolling");

  private FormListing() {}

  /** The listing the form's fields describe, empty fields left out, trailing empty rows dropped. */
  static Map<String, Object> listing(Map<String, String> form) {
    Map<String, Object> root = new LinkedHashMap<>();
    for (Map.Entry<String, String> field : new TreeMap<>(form).entrySet()) {
      String value = field.getValue() == null ? "" : field.getValue().strip();
      if (!value.isEmpty()) {
        put(root, field.getKey(), value);
      }
    }
    return compact(root);
  }

  private static void put(Map<String, Object> root, String path, String value) {
    String[] steps = path.split("\\.");
    Object owner = root;
    for (int i = 0; i < steps.length; i++) {
      Matcher m = STEP.matcher(steps[i]);
      if (!m.matches()) {
        // Not a field of the listing: left for the check to name ("is not a known field").
        root.put(path, value);
        return;
      }
      String key = m.group(1);
      boolean last = i == steps.length - 1;
      Map<String, Object> map = cast(owner);
      if (m.group(2) != null) {
        List<Object> list = cast(map.computeIfAbsent(key, k -> new ArrayList<>()));
        int index = Integer.parseInt(m.group(2));
        while (list.size() <= index) {
          list.add(new LinkedHashMap<String, Object>());
        }
        owner = list.get(index);
      } else if (last) {
        map.put(key, value(key, value));
      } else {
        owner = map.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
      }
    }
  }

  private static Object value(String key, String text) {
    if (LINES.contains(key)) {
      return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
    if (WORDS.contains(key)) {
      return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
    if (NUMBERS.contains(key) && text.matches("-?\\d{1,12}")) {
      return Long.parseLong(text);
    }
    if (FLAGS.contains(key)) {
      return !text.equals("false");
    }
    return text;
  }

  /** Lists lose their trailing empty rows; maps left empty disappear. */
  private static Map<String, Object> compact(Map<String, Object> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((key, value) -> {
      Object kept = compactValue(value);
      if (!(kept instanceof Map<?, ?> m && m.isEmpty()) && !(kept instanceof List<?> l && l.isEmpty())) {
        out.put(key, kept);
      }
    });
    return out;
  }

  private static Object compactValue(Object value) {
    if (value instanceof Map<?, ?> m) {
      return compact(cast(m));
    }
    if (value instanceof List<?> l) {
      List<Object> items = new ArrayList<>();
      l.forEach(item -> items.add(compactValue(item)));
      while (!items.isEmpty() && items.get(items.size() - 1) instanceof Map<?, ?> last && last.isEmpty()) {
        items.remove(items.size() - 1);
      }
      return items;
    }
    return value;
  }

  /** The form's fields for a listing in the listing format (to edit a stored or proposed one). */
  static Map<String, String> fields(Map<String, Object> listing) {
    Map<String, String> out = new LinkedHashMap<>();
    flatten("", listing, out);
    return out;
  }

  private static void flatten(String path, Object value, Map<String, String> out) {
    String key = path.replaceAll(".*\\.", "").replaceAll("\\[\\d+\\]$", "");
    if (value instanceof Map<?, ?> m) {
      m.forEach((k, v) -> flatten(path.isEmpty() ? String.valueOf(k) : path + "." + k, v, out));
    } else if (value instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map) {
      for (int i = 0; i < l.size(); i++) {
        flatten(path + "[" + i + "]", l.get(i), out);
      }
    } else if (value instanceof List<?> l) {
      out.put(path, String.join(LINES.contains(key) ? "\n" : ", ", l.stream().map(String::valueOf).toList()));
    } else if (value != null) {
      out.put(path, String.valueOf(value));
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }
}
