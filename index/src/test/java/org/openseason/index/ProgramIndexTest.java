package org.openseason.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openseason.domain.TestPrograms.cycle;
import static org.openseason.domain.TestPrograms.listing;
import static org.openseason.domain.TestPrograms.milestone;


import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openseason.domain.Interest;
import org.openseason.domain.InterestVocabulary;
import org.openseason.domain.Program;
import org.openseason.domain.TestPrograms;

class ProgramIndexTest {

  private static final Instant NOW = Instant.parse("2026-03-20T00:00:00Z");
  private static final InterestVocabulary VOCABULARY =
      new InterestVocabulary(List.of(
          new Interest("rust", "Rust", true, List.of("rustlang")),
          new Interest("python", "Python", true, List.of("py")),
          new Interest("documentation", "Documentation", false, List.of("docs"))));

  private ProgramIndex index;

  @BeforeEach
  void open() {
    index = ProgramIndex.inMemory(VOCABULARY);
    index.rebuild(List.of(
        program("rust-season", "Rust Season", "mentorship", List.of("rust"), "Work on compilers.",
            List.of(cycle("2026", List.of(milestone("applications", "2026-03-01", "2026-03-25"))))),
        program("docs-fellowship", "Docs Fellowship", "fellowship", List.of("documentation"),
            "Write guides; some projects use rust.",
            List.of(cycle("2026", List.of(milestone("applications", "2026-03-01", "2026-04-30"))))),
        program("py-contest", "Python Contest", "contest", List.of("python"), "Small tasks.",
            List.of(cycle("2025", List.of(milestone("applications", "2025-03-01", "2025-03-25"))))),
        program("old-program", "Old Program", "internship", List.of("python", "rust"), "Gone.", List.of())),
        NOW);
  }

  @AfterEach
  void close() {
    index.close();
  }

  private static Program program(
      String slug, String name, String kind, List<String> interests, String description, List<Map<String, Object>> cycles) {
    Map<String, Object> l = listing(slug);
    l.put("name", name);
    l.put("kind", kind);
    l.put("interests", new ArrayList<>(interests));
    l.put("description", description);
    l.put("cycles", cycles);
    if (slug.startsWith("old")) {
      l.put("lifecycle", "discontinued");
    }
    return TestPrograms.program(l);
  }

  private SearchResult search(String text, Map<Facet, Set<String>> filters, SortOrder sort) {
    return index.search(new SearchRequest(text, filters, sort, 0, 10, NOW));
  }

  private static List<String> slugs(SearchResult result) {
    return result.hits().stream().map(ProgramHit::slug).toList();
  }

  @Test
  void ranksANameMatchAboveAnInterestMatchAboveADescriptionMatch() {
    SearchResult result = search("rust", Map.of(), SortOrder.RELEVANCE);

    assertThat(slugs(result)).containsExactly("rust-season", "old-program", "docs-fellowship");
  }

  @Test
  void findsAnInterestByItsAlias() {
    assertThat(slugs(search("docs", Map.of(), SortOrder.RELEVANCE))).first().isEqualTo("docs-fellowship");
  }

  @Test
  void countsFacetsOfTheMatchingPrograms() {
    SearchResult result = search("", Map.of(), SortOrder.RELEVANCE);

    assertThat(result.total()).isEqualTo(4);
    assertThat(result.facets().get(Facet.INTEREST))
        .containsExactlyInAnyOrder(new FacetCount("python", 2), new FacetCount("rust", 2), new FacetCount("documentation", 1));
    assertThat(result.facets().get(Facet.STATUS))
        .containsExactlyInAnyOrder(new FacetCount("open", 2), new FacetCount("closed", 2));
  }

  @Test
  void filtersWithOrWithinAFacetAndAndAcrossFacets() {
    SearchResult result =
        search("", Map.of(Facet.KIND, Set.of("mentorship", "contest"), Facet.INTEREST, Set.of("python")), SortOrder.RELEVANCE);

    assertThat(slugs(result)).containsExactly("py-contest");
  }

  @Test
  void countsASelectedFacetAsIfItsOwnSelectionWereNotMade() {
    SearchResult result = search("", Map.of(Facet.KIND, Set.of("mentorship")), SortOrder.RELEVANCE);

    assertThat(result.total()).isEqualTo(1);
    assertThat(result.facets().get(Facet.KIND)).hasSize(4);
  }

  @Test
  void sortsByTheNextDeadlineWithProgramsWithoutOneLast() {
    SearchResult result = search("", Map.of(), SortOrder.DEADLINE);

    assertThat(slugs(result).subList(0, 2)).containsExactly("rust-season", "docs-fellowship");
  }

  @Test
  void excludesWords() {
    assertThat(slugs(search("rust -compilers", Map.of(), SortOrder.RELEVANCE))).doesNotContain("rust-season");
  }

  @Test
  void putsOpenProgramsFirstWhenBrowsing() {
    assertThat(slugs(search("", Map.of(), SortOrder.RELEVANCE)).subList(0, 2))
        .containsExactlyInAnyOrder("rust-season", "docs-fellowship");
  }

  @ParameterizedTest
  @ValueSource(strings = {"title:(a OR b)", "\"", "*", "?", "~", "[1 TO 2]", "\\", "AND OR NOT", "-", "\u0000", "the of a"})
  void answersHostileQueriesWithoutFailing(String text) {
    SearchResult result = search(text, Map.of(), SortOrder.RELEVANCE);

    assertThat(result.total()).isBetween(0L, 4L);
  }

  @Test
  void makesAnUpsertSearchableAtOnce() {
    index.upsert(program("new-one", "Zebra Program", "grant", List.of("python"), "New.", List.of()), NOW);

    assertThat(slugs(search("zebra", Map.of(), SortOrder.RELEVANCE))).containsExactly("new-one");
    index.delete("new-one");
    assertThat(search("zebra", Map.of(), SortOrder.RELEVANCE).total()).isZero();
  }

  @Test
  void reportsProgramsWhoseStatusChangedSinceIndexing() {
    assertThat(index.staleAt(NOW)).isEmpty();
    assertThat(index.staleAt(Instant.parse("2026-03-26T00:00:00Z"))).containsExactly("rust-season");
  }
}
