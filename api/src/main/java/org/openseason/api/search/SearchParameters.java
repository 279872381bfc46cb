package org.openseason.api.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openseason.api.system.ApiException;
import org.openseason.api.system.Problem.InvalidParam;
import org.openseason.domain.CompensationKind;
import org.openseason.domain.Interest;
import org.openseason.domain.InterestVocabulary;
import org.openseason.domain.Keyed;
import org.openseason.domain.Lifecycle;
import org.openseason.domain.ParticipationMode;
import org.openseason.domain.ProgramKind;
import org.openseason.domain.StatusKind;
import org.openseason.eligibility.Profile;
import org.openseason.index.EligibilityFilter;
import org.openseason.index.Facet;
import org.openseason.index.SearchRequest;
import org.openseason.index.SortOrder;

/**
 * Reads a search from query parameters, for the API and the web page alike. Unknown parameters, unknown values
 * and values that are not valid UTF-8 are refused with every fault listed; sizes are clamped.
 */
public final class SearchParameters {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;
  public static final int MAX_QUERY_LENGTH = 500;
  private static final int MAX_VALUE_LENGTH = 200;
  private static final int MAX_VALUES_PER_FACET = 20;

  private static final Set<String> SINGLE =
      Set.of("q", "sort", "page", "size", "age", "birthdate", "student", "country", "hours", "underrepresented",
          "eligibility");
  private static final Set<String> COUNTRIES = Set.of(java.util.Locale.getISOCountries());

  private SearchParameters() {}

  /**
   * A validated search.
   *
   * @param request what to ask the index
   * @param page the 1-based page
   * @param size results per page
   * @param profile the eligibility profile, empty when none was given
   */
  public record Query(SearchRequest request, int page, int size, Profile profile) {}

  /**
   * Parses query parameters.
   *
   * @param params the parameters as decoded from the URL, each with its values
   * @param vocabulary to check and normalize interests (aliases such as "js" become "javascript")
   * @param now the instant deadlines are compared with
   * @throws ApiException 400 naming every invalid parameter
   */
  public static Query parse(Map<String, List<String>> params, InterestVocabulary vocabulary, Instant now) {
    List<InvalidParam> invalid = new ArrayList<>();
    Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
    for (var entry : params.entrySet()) {
      String name = entry.getKey();
      List<String> values = entry.getValue();
      if (!isKnown(name)) {
        invalid.add(new InvalidParam(clip(name), "is not a known parameter; known: " + known()));
        continue;
      }
      if (values.stream().anyMatch(v -> v.indexOf('\uFFFD') >= 0)) {
        invalid.add(new InvalidParam(name, "is not valid UTF-8"));
        continue;
      }
      if (SINGLE.contains(name) && values.size() > 1) {
        invalid.add(new InvalidParam(name, "is given more than once"));
      }
    }
    String q = single(params, "q").map(SearchParameters::plainText).orElse("");
    if (q.length() > MAX_QUERY_LENGTH) {
      invalid.add(new InvalidParam("q", "is longer than " + MAX_QUERY_LENGTH + " characters"));
    }
    for (Facet facet : Facet.values()) {
      List<String> values = params.getOrDefault(facet.key(), List.of());
      if (values.size() > MAX_VALUES_PER_FACET) {
        invalid.add(new InvalidParam(facet.key(), "has more than " + MAX_VALUES_PER_FACET + " values"));
        continue;
      }
      Set<String> keys = new LinkedHashSet<>();
      for (String value : values) {
        if (value.isBlank() || value.indexOf('\uFFFD') >= 0) {
          continue;
        }
        facetValue(facet, value.strip(), vocabulary)
            .ifPresentOrElse(
                keys::add,
                () -> invalid.add(new InvalidParam(facet.key(), "'" + clip(value) + "' " + expected(facet))));
      }
      if (!keys.isEmpty()) {
        filters.put(facet, keys);
      }
    }
    SortOrder sort = SortOrder.RELEVANCE;
    Optional<String> sortText = single(params, "sort");
    if (sortText.isPresent()) {
      Optional<SortOrder> parsed = SortOrder.byKey(sortText.get());
      if (parsed.isEmpty()) {
        invalid.add(new InvalidParam("sort", "'" + clip(sortText.get()) + "' is not one of " + SortOrder.keys()));
      } else {
        sort = parsed.get();
      }
    }
    int size = integer(params, "size", DEFAULT_SIZE, invalid);
    if (size < 1) {
      invalid.add(new InvalidParam("size", "must be at least 1"));
    }
    size = Math.min(Math.max(size, 1), MAX_SIZE);
    int page = integer(params, "page", 1, invalid);
    int maxPage = SearchRequest.MAX_WINDOW / size;
    if (page < 1 || page > maxPage) {
      invalid.add(new InvalidParam("page", "must be between 1 and " + maxPage + " for size " + size));
    }
    Profile profile = profile(params, now, invalid);
    Optional<EligibilityFilter> eligibility = Optional.empty();
    Optional<String> mode = single(params, "eligibility");
    if (mode.isPresent()) {
      switch (mode.get()) {
        case "eligible" -> eligibility = Optional.of(new EligibilityFilter(profile, false));
        case "eligible-or-maybe" -> eligibility = Optional.of(new EligibilityFilter(profile, true));
        case "", "any" -> { }
        default -> invalid.add(new InvalidParam("eligibility", "'" + clip(mode.get()) + "' is not one of eligible, eligible-or-maybe, any"));
      }
    }
    Set<String> programs = programs(params, invalid);
    if (!invalid.isEmpty()) {
      throw ApiException.badParameters(invalid);
    }
    SearchRequest request =
        new SearchRequest(q, filters, sort, (page - 1) * size, size, now, eligibility, programs);
    return new Query(request, page, size, profile);
  }

  /** A hand-picked list: {@code program} names programs by slug, repeated, at most {@value #MAX_VALUES_PER_FACET}. */
  private static Set<String> programs(Map<String, List<String>> params, List<InvalidParam> invalid) {
    List<String> values = params.getOrDefault("program", List.of());
    if (values.size() > MAX_VALUES_PER_FACET) {
      invalid.add(new InvalidParam("program", "has more than " + MAX_VALUES_PER_FACET + " values"));
      return Set.of();
    }
    Set<String> slugs = new LinkedHashSet<>();
    for (String value : values) {
      if (value.isBlank() || value.indexOf('\uFFFD') >= 0) {
        continue;
      }
      if (!org.openseason.domain.Slugs.isValid(value.strip())) {
        invalid.add(new InvalidParam("program", "'" + clip(value) + "' is not a program identifier"));
      } else {
        slugs.add(value.strip());
      }
    }
    return slugs;
  }

  /** The eligibility profile: every part optional, each checked; nothing of it is stored. */
  private static Profile profile(Map<String, List<String>> params, Instant now, List<InvalidParam> invalid) {
    Optional<Integer> age = Optional.empty();
    if (single(params, "age").filter(s -> !s.isBlank()).isPresent()) {
      int a = integer(params, "age", 0, invalid);
      if (a < 5 || a > 120) {
        invalid.add(new InvalidParam("age", "must be between 5 and 120"));
      } else {
        age = Optional.of(a);
      }
    }
    Optional<java.time.LocalDate> birthDate = Optional.empty();
    Optional<String> birth = single(params, "birthdate").map(String::strip).filter(s -> !s.isEmpty());
    if (birth.isPresent()) {
      try {
        java.time.LocalDate d = java.time.LocalDate.parse(birth.get());
        java.time.LocalDate today = now.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        if (d.isAfter(today.minusYears(5)) || d.isBefore(today.minusYears(120))) {
          invalid.add(new InvalidParam("birthdate", "must be a date between 120 and 5 years ago"));
        } else {
          birthDate = Optional.of(d);
        }
      } catch (java.time.format.DateTimeParseException e) {
        invalid.add(new InvalidParam("birthdate", "'" + clip(birth.get()) + "' is not a date (YYYY-MM-DD)"));
      }
    }
    Optional<String> country = single(params, "country").map(String::strip).filter(s -> !s.isEmpty())
        .map(c -> c.toUpperCase(java.util.Locale.ROOT));
    if (country.isPresent() && !COUNTRIES.contains(country.get())) {
      invalid.add(new InvalidParam("country", "'" + clip(country.get()) + "' is not an ISO 3166 alpha-2 country code"));
      country = Optional.empty();
    }
    Optional<Integer> hours = Optional.empty();
    if (single(params, "hours").filter(s -> !s.isBlank()).isPresent()) {
      int h = integer(params, "hours", 0, invalid);
      if (h < 0 || h > 168) {
        invalid.add(new InvalidParam("hours", "must be between 0 and 168"));
      } else {
        hours = Optional.of(h);
      }
    }
    Set<String> participated = new LinkedHashSet<>();
    for (String slug : params.getOrDefault("participated", List.of())) {
      if (slug.isBlank()) {
        continue;
      }
      if (!org.openseason.domain.Slugs.isValid(slug.strip())) {
        invalid.add(new InvalidParam("participated", "'" + clip(slug) + "' is not a program identifier"));
      } else {
        participated.add(slug.strip());
      }
    }
    return new Profile(age, birthDate, yesNo(params, "student", invalid), country, hours,
        yesNo(params, "underrepresented", invalid), participated);
  }

  private static Optional<Boolean> yesNo(Map<String, List<String>> params, String name, List<InvalidParam> invalid) {
    Optional<String> value = single(params, name).map(String::strip).filter(s -> !s.isEmpty());
    if (value.isEmpty()) {
      return Optional.empty();
    }
    return switch (value.get()) {
      case "yes" -> Optional.of(true);
      case "no" -> Optional.of(false);
      default -> {
        invalid.add(new InvalidParam(name, "'" + clip(value.get()) + "' is not one of yes, no"));
        yield Optional.empty();
      }
    };
  }

  private static boolean isKnown(String name) {
    return SINGLE.contains(name) || name.equals("participated") || name.equals("program")
        || Facet.byKey(name).isPresent();
  }

  private static String known() {
    List<String> names = new ArrayList<>(List.of("q", "sort", "page", "size", "program"));
    for (Facet facet : Facet.values()) {
      names.add(facet.key());
    }
    names.addAll(List.of("age", "birthdate", "student", "country", "hours", "underrepresented", "participated",
        "eligibility"));
    return String.join(", ", names);
  }

  static Optional<String> single(Map<String, List<String>> params, String name) {
    List<String> values = params.getOrDefault(name, List.of());
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  static int integer(Map<String, List<String>> params, String name, int otherwise, List<InvalidParam> invalid) {
    Optional<String> text = single(params, name).map(String::strip).filter(s -> !s.isEmpty());
    if (text.isEmpty()) {
      return otherwise;
    }
    try {
      return Integer.parseInt(text.get());
    } catch (NumberFormatException e) {
      if (text.get().matches("-?\\d+")) {
        return text.get().startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE;
      }
      invalid.add(new InvalidParam(name, "'" + clip(text.get()) + "' is not a whole number"));
      return otherwise;
    }
  }

  /** Control characters are not words: they become spaces. */
  static String plainText(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_QUERY_LENGTH + 1));
    for (int i = 0; i < text.length() && out.length() <= MAX_QUERY_LENGTH; i++) {
      char c = text.charAt(i);
      out.append(Character.isISOControl(c) ? ' ' : c);
    }
    String stripped = out.toString().strip();
    return text.length() > out.length() ? stripped + "…" : stripped;
  }

  private static Optional<String> facetValue(Facet facet, String value, InterestVocabulary vocabulary) {
    return switch (facet) {
      case KIND -> Keyed.byKey(ProgramKind.class, value).map(Keyed::key);
      case STATUS -> Keyed.byKey(StatusKind.class, value).map(Keyed::key);
      case COMPENSATION -> Keyed.byKey(CompensationKind.class, value).map(Keyed::key);
      case PARTICIPATION -> Keyed.byKey(ParticipationMode.class, value).map(Keyed::key);
      case LIFECYCLE -> Keyed.byKey(Lifecycle.class, value).map(Keyed::key);
      case INTEREST -> vocabulary.resolve(value).map(Interest::key);
      case ORGANIZER -> value.length() <= MAX_VALUE_LENGTH ? Optional.of(value) : Optional.empty();
      case REGION -> value.equalsIgnoreCase("worldwide")
          ? Optional.of("worldwide")
          : Optional.of(value.toUpperCase(java.util.Locale.ROOT)).filter(COUNTRIES::contains);
    };
  }

  private static String expected(Facet facet) {
    return switch (facet) {
      case KIND -> "is not one of " + Keyed.keysOf(ProgramKind.class);
      case STATUS -> "is not one of " + Keyed.keysOf(StatusKind.class);
      case COMPENSATION -> "is not one of " + Keyed.keysOf(CompensationKind.class);
      case PARTICIPATION -> "is not one of " + Keyed.keysOf(ParticipationMode.class);
      case LIFECYCLE -> "is not one of " + Keyed.keysOf(Lifecycle.class);
      case INTEREST -> "is not a known interest (see GET /api/v1/interests)";
      case ORGANIZER -> "is longer than " + MAX_VALUE_LENGTH + " characters";
      case REGION -> "is not worldwide or an ISO 3166 alpha-2 country code";
    };
  }

  private static String clip(String value) {
    return value.length() > 60 ? value.substring(0, 60) + "…" : value;
  }
}
