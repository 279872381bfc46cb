package org.openseason.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openseason.api.TestDatabase;
import org.openseason.api.program.ProgramStore;
import org.openseason.domain.InterestVocabulary;
import org.openseason.domain.Program;
import org.openseason.domain.SourceKind;
import org.openseason.index.SearchResult;

/**
 * The search answer written from kept parts ({@link SearchJson}) reads as the serde mapper writes the response
 * model ({@link SearchResponse}): the same tree for many searches, profiles, facets, sorts and pages, asked again
 * (parts kept) and after the index changed, with strings that need escaping.
 */
class SearchJsonIT {

  private static final ObjectMapper TREES = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-12-03T10:15:30Z");
  /** Quotes, backslashes, markup, a line separator, letters beyond ASCII, an emoji (listings hold no control characters). */
  private static final String AWKWARD = "Q\"u\\ote <b>&amp;</b> \u2028 Ünïcødé 漢字 \uD83D\uDE80";
  private static final List<String> WORDS = List.of("", "mentorship", "open source", "google or linux", "paid",
      "rust", "gsoc", "quotd", "Ünïcødé", "no such words at all");
  private static final List<String> COUNTRIES = List.of("IN", "US", "CU", "DE", "BR", "NG");

  @Test
  void keptPartsWriteTheResponseModelsJson() throws IOException {
    try (TestDatabase db = TestDatabase.h2(); ApplicationContext app = ApplicationContext.run(new HashMap<>(db.properties()))) {
      ProgramStore store = app.getBean(ProgramStore.class);
      Program outreachy = store.find("outreachy").orElseThrow().program();
      store.save(awkward(outreachy), SourceKind.MODERATOR, Optional.empty(), "a listing with awkward strings");

      Random random = new Random(11);
      List<Map<String, List<String>>> searches = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        searches.add(parameters(random));
      }
      // Asked again in the same second (parts and statuses kept), a second later and weeks later (statuses anew).
      for (Instant at : List.of(NOW, NOW, NOW.plusSeconds(1), NOW.plus(40, ChronoUnit.DAYS))) {
        for (Map<String, List<String>> params : searches) {
          assertSameTree(app, params, at);
        }
      }
      store.save(outreachy, SourceKind.MODERATOR, Optional.empty(), "the index changes");
      for (Map<String, List<String>> params : searches.subList(0, 50)) {
        assertSameTree(app, params, NOW);
      }
    }
  }

  private static void assertSameTree(ApplicationContext app, Map<String, List<String>> params, Instant now)
      throws IOException {
    SearchService search = app.getBean(SearchService.class);
    SearchParameters.Query query = SearchParameters.parse(params, app.getBean(InterestVocabulary.class), now);
    long generation = search.generation();
    SearchResult result = search.search(query.request());
    JsonNode model = TREES.readTree(app.getBean(JsonMapper.class)
        .writeValueAsBytes(app.getBean(SearchView.class).respond(query, result)));
    JsonNode written = TREES.readTree(app.getBean(SearchJson.class).write(query, result, generation));
    assertThat(written).as("%s", params).isEqualTo(model);
  }

  private static Map<String, List<String>> parameters(Random random) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    params.put("q", List.of(WORDS.get(random.nextInt(WORDS.size()))));
    if (random.nextBoolean()) {
      params.put("kind", List.of("mentorship", "summer-of-code").subList(0, 1 + random.nextInt(2)));
    }
    if (random.nextInt(3) == 0) {
      params.put("interest", List.of("open-source"));
    }
    if (random.nextBoolean()) {
      params.put("age", List.of(Integer.toString(14 + random.nextInt(50))));
      params.put("country", List.of(COUNTRIES.get(random.nextInt(COUNTRIES.size()))));
      params.put("hours", List.of(Integer.toString(5 * (1 + random.nextInt(8)))));
      params.put("student", List.of(random.nextBoolean() ? "yes" : "no"));
      if (random.nextBoolean()) {
        params.put("eligibility", List.of("eligible-or-maybe"));
      }
    }
    params.put("sort", List.of(List.of("relevance", "deadline", "newest", "stipend").get(random.nextInt(4))));
    params.put("page", List.of(Integer.toString(1 + random.nextInt(2))));
    params.put("size", List.of(Integer.toString(1 + random.nextInt(30))));
    return params;
  }

  private static Program awkward(Program p) {
    return new Program("awkward-strings", "Awkward " + AWKWARD, List.of("quotd"), "Org " + AWKWARD, p.homepage(),
        p.kind(), p.lifecycle(), "Mentorship " + AWKWARD, p.description(), p.interests(), p.runsOn(),
        p.codeOfConduct(), p.rules(), p.howToApply(), p.contact(), p.participation(), p.eligibility(),
        p.compensation(), p.cycles(), p.provenance(), p.unverified());
  }
}
