package org.openseason.api.moderation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openseason.domain.Program;
import org.openseason.listing.ListingCodec;

/**
 * The fields in which a proposed listing differs from the live one, read from the listing format itself (so every
 * field a listing can have is compared, now and when the format grows): nested groups field by field, cycles by
 * their label, lists as one value. Provenance is left out: an approval sets it.
 */
final class ListingDiff {

  private ListingDiff() {}

  static List<FieldDiff> between(Optional<Program> live, Program proposed) {
    Map<String, String> before = live.map(p -> flatten(ListingCodec.encode(p))).orElse(Map.of());
    Map<String, String> after = flatten(ListingCodec.encode(proposed));
    Set<String> fields = new LinkedHashSet<>(after.keySet());
    fields.addAll(before.keySet());
    List<FieldDiff> diffs = new ArrayList<>();
    for (String field : fields) {
      String was = before.getOrDefault(field, "");
      String now = after.getOrDefault(field, "");
      if (!Objects.equals(was, now)) {
        diffs.add(new FieldDiff(field, was, now));
      }
    }
    return List.copyOf(diffs);
  }

  private static Map<String, String> flatten(Map<String, Object> listing) {
    Map<String, String> flat = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : listing.entrySet()) {
      String key = entry.getKey();
      Object value = entry.getValue();
      if (key.equals("provenance")) {
        continue;
      }
      if (key.equals("cycles") && value instanceof List<?> cycles) {
        cycles.forEach(c -> cycle(flat, c));
      } else if (value instanceof Map<?, ?> group) {
        group.forEach((k, v) -> flat.put(key + "." + k, text(v)));
      } else {
        flat.put(key, text(value));
      }
    }
    return flat;
  }

  private static void cycle(Map<String, String> flat, Object cycle) {
    if (!(cycle instanceof Map<?, ?> c)) {
      return;
    }
    String prefix = "cycles[" + c.get("label") + "].";
    c.forEach((k, v) -> {
      if (!"label".equals(k)) {
        flat.put(prefix + k, text(v));
      }
    });
  }

  /** A value as one line per item, nested maps as "key: value" pairs. */
  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof List<?> list) {
      return list.stream().map(ListingDiff::text).collect(Collectors.joining("\n"));
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream().map(e -> e.getKey() + ": " + text(e.getValue()))
          .collect(Collectors.joining(", "));
    }
    return value.toString();
  }
}
