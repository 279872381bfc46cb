package org.openseason.domain;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The English names of the ISO 3166 countries, looked up once: every search result judged for a profile names
 * countries ("Not open to residents of Cuba: you live in India"), and {@link Locale#getDisplayCountry} reads
 * resource bundles on each call.
 */
public final class CountryNames {

  /** Every ISO 3166 alpha-2 code with its English name. */
  private static final Map<String, String> NAMES = names();
  /** The codes, ordered by their names as people look for them in a list. */
  private static final List<String> BY_NAME =
      NAMES.keySet().stream().sorted(Comparator.comparing(NAMES::get)).toList();

  /** Lists named so far: programs share a few ("Cuba, Iran, North Korea, Syria"), each judged for many people. */
  private static final Memo<Set<String>, String> LISTS = new Memo<>(10_000);

  private CountryNames() {}

  /** The English name of an ISO 3166 alpha-2 code; a code Java does not know reads as itself, as Java reads it. */
  public static String of(String code) {
    String name = NAMES.get(code);
    return name != null ? name : new Locale("", code).getDisplayCountry(Locale.ENGLISH);
  }

  /** The names of the codes, sorted and comma-separated: "Cuba, Iran, North Korea". */
  public static String list(Set<String> codes) {
    // Set.copyOf returns a listing's own (unmodifiable) set as it is, and keeps no set a caller may change.
    return LISTS.get(Set.copyOf(codes),
        c -> c.stream().map(CountryNames::of).sorted().collect(Collectors.joining(", ")));
  }

  /** Every ISO 3166 alpha-2 code, ordered by its English name. */
  public static List<String> codesByName() {
    return BY_NAME;
  }

  private static Map<String, String> names() {
    Map<String, String> names = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      names.put(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH));
    }
    return Map.copyOf(names);
  }
}
