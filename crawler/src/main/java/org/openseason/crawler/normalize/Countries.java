package org.openseason.crawler.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Country and region names to ISO 3166 alpha-2 codes: the English names {@link Locale} knows, plus the short and
 * older names pages use ("USA", "UK", "South Korea", "Czech Republic", "Türkiye") and a few regions (EU, EEA).
 * Abbreviations count only in capitals, so that "us" in "contact us" is not the United States.
 */
public final class Countries {

  private static final Map<String, String> NAMES = new HashMap<>();
  private static final Map<String, String> ABBREVIATIONS = Map.of("US", "US", "USA", "US", "U.S.", "US",
      "U.S.A.", "US", "UK", "GB", "U.K.", "GB", "UAE", "AE", "DRC", "CD", "PRC", "CN", "ROK", "KR");
  private static final Map<String, String> DEMONYMS = Map.ofEntries(Map.entry("american", "US"),
      Map.entry("british", "GB"), Map.entry("indian", "IN"), Map.entry("belgian", "BE"), Map.entry("german", "DE"),
      Map.entry("french", "FR"), Map.entry("canadian", "CA"), Map.entry("chinese", "CN"),
      Map.entry("brazilian", "BR"), Map.entry("nigerian", "NG"), Map.entry("kenyan", "KE"),
      Map.entry("japanese", "JP"), Map.entry("korean", "KR"), Map.entry("dutch", "NL"), Map.entry("spanish", "ES"),
      Map.entry("italian", "IT"), Map.entry("australian", "AU"), Map.entry("mexican", "MX"),
      Map.entry("pakistani", "PK"), Map.entry("bangladeshi", "BD"), Map.entry("indonesian", "ID"),
      Map.entry("filipino", "PH"), Map.entry("egyptian", "EG"), Map.entry("ghanaian", "GH"),
      Map.entry("swiss", "CH"), Map.entry("polish", "PL"), Map.entry("portuguese", "PT"));
  private static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
      "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");
  private static final Pattern WORDS = Pattern.compile("[\\p{L}][\\p{L}.'’-]*");
  private static final int LONGEST_NAME_WORDS = 5;

  static {
    for (String code : Locale.getISOCountries()) {
      NAMES.put(org.openseason.domain.CountryNames.of(code).toLowerCase(Locale.ROOT), code);
    }
    String[][] aliases = {
      {"united states of america", "US"}, {"united states", "US"}, {"america", "US"},
      {"united kingdom", "GB"}, {"great britain", "GB"}, {"britain", "GB"}, {"england", "GB"},
      {"scotland", "GB"}, {"wales", "GB"}, {"northern ireland", "GB"}, {"south korea", "KR"},
      {"republic of korea", "KR"}, {"korea", "KR"}, {"north korea", "KP"}, {"russia", "RU"},
      {"russian federation", "RU"}, {"czech republic", "CZ"}, {"czechia", "CZ"}, {"turkey", "TR"},
      {"türkiye", "TR"}, {"turkiye", "TR"}, {"vietnam", "VN"}, {"viet nam", "VN"}, {"iran", "IR"},
      {"syria", "SY"}, {"laos", "LA"}, {"bolivia", "BO"}, {"venezuela", "VE"}, {"tanzania", "TZ"},
      {"moldova", "MD"}, {"taiwan", "TW"}, {"ivory coast", "CI"}, {"côte d'ivoire", "CI"},
      {"cote d'ivoire", "CI"}, {"united arab emirates", "AE"}, {"holland", "NL"}, {"the netherlands", "NL"},
      {"macedonia", "MK"}, {"north macedonia", "MK"}, {"burma", "MM"}, {"myanmar", "MM"},
      {"democratic republic of the congo", "CD"}, {"dr congo", "CD"}, {"republic of the congo", "CG"},
      {"palestine", "PS"}, {"vatican", "VA"}, {"vatican city", "VA"}, {"brunei", "BN"}, {"cape verde", "CV"},
      {"eswatini", "SZ"}, {"swaziland", "SZ"}, {"east timor", "TL"}, {"micronesia", "FM"}, {"hong kong", "HK"},
      {"macau", "MO"}, {"mainland china", "CN"}};
    for (String[] alias : aliases) {
      NAMES.put(alias[0], alias[1]);
    }
  }

  private Countries() {}

  /** The code of one country name or abbreviation, in any case for names: "South Korea" is KR. */
  public static Optional<String> code(String name) {
    String value = name.strip();
    if (ABBREVIATIONS.containsKey(value)) {
      return Optional.of(ABBREVIATIONS.get(value));
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.startsWith("the ")) {
      lower = lower.substring(4);
    }
    if (value.length() == 2 && value.equals(value.toUpperCase(Locale.ROOT)) && NAMES.containsValue(value)) {
      return Optional.of(value);
    }
    return Optional.ofNullable(NAMES.get(lower));
  }

  /** The codes of a region: "EU" or "European Union", "EEA"; a country name gives its own code. */
  public static Set<String> region(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    if (lower.equals("eu") || lower.equals("european union")) {
      return EU;
    }
    if (lower.equals("eea") || lower.equals("european economic area")) {
      Set<String> eea = new LinkedHashSet<>(EU);
      eea.addAll(Set.of("IS", "LI", "NO"));
      return Set.copyOf(eea);
    }
    return code(name).map(Set::of).orElse(Set.of());
  }

  /**
   * Every country named in a text, by capitalised name or capital abbreviation, longest names first ("South
   * Korea" before "Korea"); with {@code demonyms}, also "Indian students", "Belgian students".
   */
  public static Set<String> findAll(String text, boolean demonyms) {
    Matcher m = WORDS.matcher(text);
    List<String> words = new ArrayList<>();
    while (m.find()) {
      String word = m.group().replace('’', '\'');
      words.add(word.matches("(?:[A-Z]\\.)+") ? word : word.replaceAll("[.]+$", ""));
    }
    Set<String> codes = new LinkedHashSet<>();
    for (int i = 0; i < words.size(); ) {
      int matched = 0;
      for (int n = Math.min(LONGEST_NAME_WORDS, words.size() - i); n >= 1 && matched == 0; n--) {
        String phrase = String.join(" ", words.subList(i, i + n));
        Optional<String> code = matchPhrase(phrase, demonyms);
        if (code.isPresent()) {
          codes.add(code.get());
          matched = n;
        }
      }
      i += Math.max(1, matched);
    }
    return codes;
  }

  private static Optional<String> matchPhrase(String phrase, boolean demonyms) {
    if (ABBREVIATIONS.containsKey(phrase)) {
      return Optional.of(ABBREVIATIONS.get(phrase));
    }
    if (!Character.isUpperCase(phrase.charAt(0))) {
      return Optional.empty();
    }
    String lower = phrase.toLowerCase(Locale.ROOT);
    if (NAMES.containsKey(lower)) {
      return Optional.of(NAMES.get(lower));
    }
    return demonyms ? Optional.ofNullable(DEMONYMS.get(lower)) : Optional.empty();
  }
}
