package org.openseason.api.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openseason.api.system.ApiException;
import org.openseason.api.system.Problem.InvalidParam;
import org.openseason.domain.Interest;
import org.openseason.domain.InterestVocabulary;
import org.openseason.index.Facet;
import org.openseason.index.SortOrder;

class SearchParametersTest {

  private static final InterestVocabulary VOCABULARY =
      new InterestVocabulary(List.of(new Interest("javascript", "JavaScript", true, List.of("js"))));
  private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");

  private static SearchParameters.Query parse(Map<String, List<String>> params) {
    return SearchParameters.parse(params, VOCABULARY, NOW);
  }

  private static List<InvalidParam> refused(Map<String, List<String>> params) {
    ApiException e = catchThrowableOfType(ApiException.class, () -> parse(params));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.status()).isEqualTo(400);
    return e.invalidParams();
  }

  @Test
  void readsTextFacetsSortAndPage() {
    Map<String, List<String>> params = new LinkedHashMap<>();
    params.put("q", List.of("rust compilers"));
    params.put("kind", List.of("mentorship", "summer-of-code"));
    params.put("interest", List.of("js"));
    params.put("sort", List.of("deadline"));
    params.put("page", List.of("2"));
    params.put("size", List.of("10"));

    SearchParameters.Query q = parse(params);

    assertThat(q.request().text()).isEqualTo("rust compilers");
    assertThat(q.request().filters().get(Facet.KIND)).isEqualTo(Set.of("mentorship", "summer-of-code"));
    assertThat(q.request().filters().get(Facet.INTEREST)).isEqualTo(Set.of("javascript"));
    assertThat(q.request().sort()).isEqualTo(SortOrder.DEADLINE);
    assertThat(q.request().offset()).isEqualTo(10);
  }

  @Test
  void clampsAHugeSize() {
    assertThat(parse(Map.of("size", List.of("1000000"))).size()).isEqualTo(SearchParameters.MAX_SIZE);
  }

  @Test
  void refusesUnknownParametersAndValuesNamingEachOne() {
    List<InvalidParam> invalid =
        refused(Map.of("colour", List.of("red"), "kind", List.of("bootcamp"), "status", List.of("maybe")));

    assertThat(invalid).extracting(InvalidParam::name).containsExactlyInAnyOrder("colour", "kind", "status");
  }

  @Test
  void refusesNegativeAndHugePages() {
    assertThat(refused(Map.of("page", List.of("-1")))).extracting(InvalidParam::name).containsExactly("page");
    assertThat(refused(Map.of("page", List.of("1000000000")))).extracting(InvalidParam::name).containsExactly("page");
    assertThat(refused(Map.of("page", List.of("99999999999999999999")))).extracting(InvalidParam::name).containsExactly("page");
    assertThat(refused(Map.of("size", List.of("0")))).extracting(InvalidParam::name).containsExactly("size");
  }

  @Test
  void refusesAQueryLongerThanTheLimit() {
    assertThat(refused(Map.of("q", List.of("a".repeat(10_240))))).extracting(InvalidParam::reason)
        .containsExactly("is longer than 500 characters");
  }

  @Test
  void refusesTextThatWasNotValidUtf8() {
    assertThat(refused(Map.of("q", List.of("caf\uFFFD")))).extracting(InvalidParam::reason)
        .containsExactly("is not valid UTF-8");
  }

  @Test
  void refusesARepeatedSingleParameter() {
    assertThat(refused(Map.of("q", List.of("a", "b")))).extracting(InvalidParam::reason)
        .containsExactly("is given more than once");
  }

  @Test
  void turnsControlCharactersIntoSpaces() {
    assertThat(parse(Map.of("q", List.of("rust\u0000\u0007go"))).request().text()).isEqualTo("rust  go");
  }
}
