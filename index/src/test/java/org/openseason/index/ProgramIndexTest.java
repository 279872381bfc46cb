package org.openseason.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openseason.domain.TestPrograms.cycle;
import static org.openseason.domain.TestPrograms.listing;
import static org.openseason.domain.TestPrograms.milestone;


import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.openseason.domain.StatusKind;
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
  void countsEachSelectedFacetWithOnlyTheOtherSelectionsApplied() {
    SearchResult result =
        search("", Map.of(Facet.KIND, Set.of("mentorship", "contest"), Facet.INTEREST, Set.of("python")), SortOrder.RELEVANCE);

    assertThat(result.total()).isEqualTo(1);
    // kinds among the python programs; interests among the mentorships and contests; the rest among the hits
    assertThat(result.facets().get(Facet.KIND))
        .containsExactlyInAnyOrder(new FacetCount("contest", 1), new FacetCount("internship", 1));
    assertThat(result.facets().get(Facet.INTEREST))
        .containsExactlyInAnyOrder(new FacetCount("rust", 1), new FacetCount("python", 1));
    assertThat(result.facets().get(Facet.STATUS)).containsExactly(new FacetCount("closed", 1));
  }

  @Test
  void sortsByTheNextDeadlineWithProgramsWithoutOneLast() {
    SearchResult result = search("", Map.of(), SortOrder.DEADLINE);

    assertThat(slugs(result).subList(0, 2)).containsExactly("rust-season", "docs-fellowship");
  }

  @Test
  void matchesAPhraseWithinOneFieldOnly() {
    Map<String, Object> l = listing("zorbo");
    l.put("name", "Zorbo Quest");
    l.put("organizer", "Yonder Labs");
    index.upsert(TestPrograms.program(l), NOW);

    assertThat(slugs(search("\"zorbo quest\"", Map.of(), SortOrder.RELEVANCE))).containsExactly("zorbo");
    assertThat(search("\"quest yonder\"", Map.of(), SortOrder.RELEVANCE).total()).isZero();
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

  @Test
  void leadsABrowseWithOpenProgramsClosingSoonestThenWhatOpensNext() {
    Instant december = Instant.parse("2026-12-03T00:00:00Z");
    index.rebuild(List.of(
        program("open-late", "Open Late", "mentorship", List.of("rust"), "Open.",
            List.of(cycle("2026 Winter", List.of(milestone("applications", "2026-11-01", "2027-01-20"))))),
        program("open-soon", "Open Soon", "mentorship", List.of("rust"), "Open.",
            List.of(cycle("2026 Winter", List.of(milestone("applications", "2026-11-01", "2026-12-10"))))),
        program("expected-march", "Expected March", "mentorship", List.of("rust"), "Yearly.",
            List.of(cycle("2025", List.of(milestone("applications", "2025-03-10", "2025-03-25"))),
                cycle("2026", List.of(milestone("applications", "2026-03-09", "2026-03-24"))))),
        program("upcoming-feb", "Upcoming February", "mentorship", List.of("rust"), "Announced.",
            List.of(cycle("2027", List.of(milestone("applications", "2027-02-01", "2027-02-20"))))),
        program("no-dates", "No Dates", "mentorship", List.of("rust"), "Nothing yet.", List.of())),
        december);

    SearchResult browse = index.search(new SearchRequest("", Map.of(), SortOrder.RELEVANCE, 0, 10, december));

    assertThat(slugs(browse)).containsExactly("open-soon", "open-late", "upcoming-feb", "expected-march", "no-dates");
    assertThat(browse.hits().get(3).status().kind()).isEqualTo(StatusKind.EXPECTED);
    assertThat(browse.hits().get(3).status().expected()).isTrue();
  }

  @Test
  void sortsAnExpectedDeadlineAfterAnAnnouncedOneOfTheSameDay() {
    Instant december = Instant.parse("2026-12-03T00:00:00Z");
    index.rebuild(List.of(
        program("aardvark-expected", "Aardvark Expected", "mentorship", List.of("rust"), "Yearly.",
            List.of(cycle("2025", List.of(milestone("applications", "2025-03-01", "2025-03-24"))),
                cycle("2026", List.of(milestone("applications", "2026-03-01", "2026-03-24"))))),
        program("announced-day", "Announced Day", "mentorship", List.of("rust"), "Announced.",
            List.of(cycle("2027", List.of(milestone("applications", "2027-03-01", "2027-03-24T23:59:59Z")))))),
        december);

    SearchResult byDeadline = index.search(new SearchRequest("", Map.of(), SortOrder.DEADLINE, 0, 10, december));

    assertThat(slugs(byDeadline)).containsExactly("announced-day", "aardvark-expected");
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
  void answersASearchAskedAgainWithTheChangesMadeSinceTheFirstTime() {
    SearchResult first = search("rust", Map.of(), SortOrder.RELEVANCE);
    SearchResult again = search("rust", Map.of(), SortOrder.RELEVANCE);
    index.delete("rust-season");
    SearchResult afterTheChange = search("rust", Map.of(), SortOrder.RELEVANCE);

    assertThat(again).isEqualTo(first);
    assertThat(slugs(first)).contains("rust-season");
    assertThat(slugs(afterTheChange)).doesNotContain("rust-season");
  }

  @Test
  void correctsAMisspeltNameAndSaysSo() {
    SearchResult result = search("pythn", Map.of(), SortOrder.RELEVANCE);

    assertThat(slugs(result)).first().isEqualTo("py-contest");
    assertThat(result.didYouMean()).contains("python");
    assertThat(result.corrected()).isTrue();
  }

  @Test
  void stopsCorrectingAWordOnceAProgramHasIt() {
    assertThat(search("pythn", Map.of(), SortOrder.RELEVANCE).didYouMean()).contains("python");

    index.upsert(program("pythn-sprint", "Pythn Sprint", "contest", List.of(), "Small tasks.", List.of()), NOW);
    SearchResult result = search("pythn", Map.of(), SortOrder.DEADLINE);

    assertThat(result.didYouMean()).isEmpty();
    assertThat(slugs(result)).containsExactly("pythn-sprint");
  }

  @Test
  void correctsAWordThatMatchesNothingEvenWhenTheOtherWordsFindSomething() {
    SearchResult result = search("pythn contest", Map.of(), SortOrder.RELEVANCE);

    assertThat(slugs(result)).first().isEqualTo("py-contest");
    assertThat(result.didYouMean()).contains("python contest");
    assertThat(result.corrected()).isTrue();
  }

  @Test
  void ranksProgramsWithEveryWordFirstAndAddsOthersWhenFew() {
    assertThat(slugs(search("rust compilers", Map.of(), SortOrder.RELEVANCE))).first().isEqualTo("rust-season");
    assertThat(slugs(search("rust zebras", Map.of(), SortOrder.RELEVANCE))).contains("rust-season", "old-program");
  }

  @Test
  void putsTheProgramsWithEveryWordFirstWhenOnlySomeWordsMustMatch() {
    index.upsert(program("rust-compilers", "Rust Compilers Camp", "mentorship", List.of("rust"), "Build them.", List.of()), NOW);
    index.upsert(program("zoo-club", "Club", "mentorship", List.of("python"), "Zebras like rust and compilers.", List.of()), NOW);

    // Only one program has all three words, so programs with two are added; it still comes first.
    assertThat(slugs(search("rust compilers zebras", Map.of(), SortOrder.RELEVANCE)))
        .startsWith("zoo-club", "rust-compilers");
  }

  @Test
  void addsProgramsOfTheKindOfANamedProgramThatTheFiltersLeaveOut() {
    Map<String, Object> named = listing("big-soc");
    named.put("name", "Big Summer of Code");
    named.put("kind", "summer-of-code");
    named.put("aliases", List.of("bsoc"));
    named.put("lifecycle", "paused");
    Map<String, Object> alike = listing("small-soc");
    alike.put("name", "Small Season");
    alike.put("kind", "summer-of-code");
    Map<String, Object> mention = listing("mention");
    mention.put("kind", "contest");
    mention.put("description", "Much like bsoc.");
    for (Map<String, Object> l : List.of(named, alike, mention)) {
      index.upsert(TestPrograms.program(l), NOW);
    }
    Map<Facet, Set<String>> active = Map.of(Facet.LIFECYCLE, Set.of("active"));

    // The program named "bsoc" is filtered out and one mentions it: programs of its kind are shown too.
    assertThat(slugs(search("bsoc", active, SortOrder.RELEVANCE)))
        .contains("mention", "small-soc")
        .doesNotContain("big-soc", "py-contest", "rust-season");
    // Found, the named program is enough of an answer.
    assertThat(slugs(search("bsoc", Map.of(), SortOrder.RELEVANCE))).containsExactly("big-soc", "mention");
  }

  @Test
  void findsProgramsWithAnyOfTheWordsJoinedByOr() {
    for (String slug : List.of("camp-a", "camp-b", "camp-c")) {
      index.upsert(program(slug, "Camp " + slug, "mentorship", List.of("rust"), "Build compilers.", List.of()), NOW);
    }

    // Three programs have both words: enough, so programs with only one are not added.
    assertThat(slugs(search("rust compilers", Map.of(), SortOrder.RELEVANCE)))
        .contains("camp-a", "camp-b", "camp-c", "rust-season")
        .doesNotContain("docs-fellowship", "old-program");
    assertThat(slugs(search("rust or compilers", Map.of(), SortOrder.RELEVANCE)))
        .contains("camp-a", "camp-b", "camp-c", "rust-season", "docs-fellowship", "old-program")
        .doesNotContain("py-contest");
  }

  @Test
  void findsPaidProgramsByTheWordPaid() {
    Map<String, Object> paid = listing("paid-one");
    paid.put("compensation", Map.of("kind", "stipend"));

    index.upsert(TestPrograms.program(paid), NOW);

    assertThat(slugs(search("paid", Map.of(), SortOrder.RELEVANCE))).containsExactly("paid-one");
  }

  @Test
  void doesNotFindAnUnpaidProgramByTheWordPaidInItsProse() {
    Map<String, Object> paid = listing("paid-one");
    paid.put("compensation", Map.of("kind", "stipend"));
    Map<String, Object> unpaid = listing("volunteer-one");
    unpaid.put("compensation", Map.of("kind", "none"));
    unpaid.put("description", "Interns are not paid.");
    index.upsert(TestPrograms.program(paid), NOW);
    index.upsert(TestPrograms.program(unpaid), NOW);

    assertThat(slugs(search("paid", Map.of(), SortOrder.RELEVANCE))).containsExactly("paid-one");
    assertThat(slugs(search("unpaid", Map.of(), SortOrder.RELEVANCE))).contains("volunteer-one");
  }

  @Test
  void weighsAWordOfANameByHowManyProgramsHaveItAnywhere() {
    List<Program> programs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Map<String, Object> l = listing("plain-" + i);
      l.put("description", "An open source program.");
      programs.add(TestPrograms.program(l));
    }
    Map<String, Object> generic = listing("generic-name");
    generic.put("name", "Open Source Academy");
    generic.put("description", "Also for beginners.");
    Map<String, Object> fest = listing("zorbofest");
    fest.put("name", "Zorbofest");
    fest.put("description", "Open source.");
    fest.put("eligibility", new java.util.HashMap<>(Map.of("audiences", List.of("newcomers"))));
    programs.add(TestPrograms.program(generic));
    programs.add(TestPrograms.program(fest));
    index.rebuild(programs, NOW);

    // Both have every word. "open source" is in almost every program: in a name it tells little, and Zorbofest,
    // made for beginners, comes first.
    assertThat(slugs(search("beginners open source", Map.of(), SortOrder.RELEVANCE))).first().isEqualTo("zorbofest");
  }

  @Test
  void findsAMisspeltWordWithinTwoEditsWhenNoCorrectionIsKnown() {
    SearchResult result = search("fellowhsip", Map.of(), SortOrder.RELEVANCE);

    assertThat(slugs(result)).contains("docs-fellowship");
    assertThat(result.corrected()).isTrue();
  }

  @Test
  void doesNotCorrectWhatItFinds() {
    SearchResult result = search("rust", Map.of(), SortOrder.RELEVANCE);

    assertThat(result.didYouMean()).isEmpty();
    assertThat(result.corrected()).isFalse();
  }

  @Test
  void expandsAnAliasOfAnInterestToItsOtherNames() {
    assertThat(slugs(search("rustlang", Map.of(), SortOrder.RELEVANCE))).contains("rust-season", "old-program");
  }

  private static Program withIdeas() {
    Map<String, Object> l = listing("ideas-program");
    l.put("name", "Idea Garden");
    Map<String, Object> c = cycle("2026", List.of());
    c.put("ideas", List.of(
        Map.of("title", "Compiler for a tiny language", "description", "Write a parser and code generator.",
            "skills", List.of("parsing")),
        Map.of("title", "Dashboard for metrics", "description", "Charts of build times; a small compiler cache.",
            "technologies", List.of("python")),
        Map.of("title", "Translate the website", "description", "Spanish and French.")));
    l.put("cycles", List.of(c));
    return TestPrograms.program(l);
  }

  @Test
  void rollsMatchingProjectIdeasUpToTheirProgram() {
    index.upsert(withIdeas(), NOW);

    ProgramHit hit = search("compiler", Map.of(), SortOrder.RELEVANCE).hits().stream()
        .filter(h -> h.slug().equals("ideas-program")).findFirst().orElseThrow();

    assertThat(hit.ideaCount()).isEqualTo(3);
    assertThat(hit.ideas().count()).isEqualTo(2);
    assertThat(hit.ideas().best()).first().isEqualTo("Compiler for a tiny language");
  }

  @Test
  void searchesProjectIdeasDirectly() {
    index.upsert(withIdeas(), NOW);

    IdeaResult result = index.searchIdeas("compiler", List.of(), 0, 10);

    assertThat(result.total()).isEqualTo(2);
    assertThat(result.hits()).first().satisfies(h -> {
      assertThat(h.title()).isEqualTo("Compiler for a tiny language");
      assertThat(h.programSlug()).isEqualTo("ideas-program");
      assertThat(h.programName()).isEqualTo("Idea Garden");
    });
    assertThat(index.searchIdeas("", List.of("ideas-program"), 0, 10).total()).isEqualTo(3);
  }

  @Test
  void putsTheLatestRoundsIdeasBeforeEqualIdeasOfEarlierRounds() {
    Map<String, Object> l = listing("two-rounds");
    Map<String, Object> older = cycle("2025", List.of(milestone("applications", "2025-03-01", "2025-03-20")));
    older.put("ideas", List.of(Map.of("title", "Parser for the config format")));
    Map<String, Object> latest = cycle("2026", List.of(milestone("applications", "2026-03-01", "2026-03-20")));
    latest.put("ideas", List.of(Map.of("title", "Parser for the query format")));
    l.put("cycles", List.of(older, latest));
    index.upsert(TestPrograms.program(l), NOW);

    List<String> cycles = index.searchIdeas("parser", List.of("two-rounds"), 0, 10).hits().stream()
        .map(IdeaHit::cycle).toList();
    List<String> browsed = index.searchIdeas("", List.of("two-rounds"), 0, 10).hits().stream()
        .map(IdeaHit::cycle).toList();

    assertThat(cycles).containsExactly("2026", "2025");
    assertThat(browsed).containsExactly("2026", "2025");
  }

  @Test
  void countsProgramsNotTheirIdeas() {
    index.upsert(withIdeas(), NOW);

    assertThat(index.size()).isEqualTo(5);
    assertThat(search("", Map.of(), SortOrder.RELEVANCE).total()).isEqualTo(5);
    index.delete("ideas-program");
    assertThat(index.searchIdeas("compiler", List.of(), 0, 10).total()).isZero();
  }

  @Test
  void completesProgramNamesInterestsAndOrganizers() {
    assertThat(index.suggest("pyth", 5)).extracting(Suggestion::text).containsExactly("Python Contest", "Python");
    assertThat(index.suggest("fell", 5)).extracting(Suggestion::text).containsExactly("Docs Fellowship");
    assertThat(index.suggest("example", 5)).extracting(Suggestion::kind).containsExactly(Suggestion.Kind.ORGANIZER);
  }

  @Test
  void keepsAnOrganizersCompletionWhileAnyOfItsProgramsRemains() {
    index.delete("py-contest");

    assertThat(index.suggest("example", 5)).extracting(Suggestion::text).containsExactly("Example Foundation");
  }

  @Test
  void sortsByHighestStipend() {
    Map<String, Object> paid = listing("paid");
    paid.put("compensation", Map.of("kind", "stipend", "currency", "EUR", "min", 6500, "max", 6500));
    Map<String, Object> cheap = listing("cheap");
    cheap.put("compensation", Map.of("kind", "stipend", "currency", "USD", "min", 500, "max", 500));
    index.update(List.of(TestPrograms.program(paid), TestPrograms.program(cheap)), List.of(), NOW);

    assertThat(slugs(search("", Map.of(), SortOrder.STIPEND)).subList(0, 2)).containsExactly("paid", "cheap");
  }

  @Test
  void highlightsTheMatchAndEscapesTheText() {
    Map<String, Object> l = listing("snippet");
    l.put("summary", "Write <b>guides</b> & tutorials for zebras.");
    index.upsert(TestPrograms.program(l), NOW);

    ProgramHit hit = search("zebras", Map.of(), SortOrder.RELEVANCE).hits().get(0);

    assertThat(hit.snippet()).hasValueSatisfying(s -> assertThat(s)
        .contains("<mark>zebras</mark>").contains("&lt;b&gt;").doesNotContain("<b>"));
  }

  @Test
  void ranksAPlatformOtherProgramsRunOnAboveAnEqualMatch() {
    Map<String, Object> platform = listing("aaa-platform");
    platform.put("name", "Quasar Platform");
    Map<String, Object> umbrella = listing("zzz-umbrella");
    umbrella.put("name", "Quasar Umbrella");
    umbrella.put("runs_on", List.of("aaa-platform"));
    Map<String, Object> other = listing("mmm-other");
    other.put("name", "Quasar Other");

    index.rebuild(List.of(TestPrograms.program(platform), TestPrograms.program(other), TestPrograms.program(umbrella)), NOW);

    assertThat(slugs(search("quasar", Map.of(), SortOrder.RELEVANCE))).first().isEqualTo("aaa-platform");
  }

  @Test
  void scoresAWordOfANameAndTheSameWordInAnAliasAlike() {
    // "quasar" is in four names but in only one alias: scored by the aliases' own statistics, the closed program
    // whose alias repeats its name would outrank the open one whose name alone says it.
    Map<String, Object> open = listing("quasar-alpha");
    open.put("name", "Quasar Alpha");
    open.put("cycles", List.of(cycle("2026", List.of(milestone("applications", "2026-03-01", "2026-03-25")))));
    Map<String, Object> closed = listing("quasar-beta");
    closed.put("name", "Quasar Beta");
    closed.put("aliases", List.of("Beta Quasar"));
    closed.put("cycles", List.of(cycle("2025", List.of(milestone("applications", "2025-03-01", "2025-03-25")))));
    List<Program> programs = new ArrayList<>(List.of(TestPrograms.program(open), TestPrograms.program(closed)));
    for (String other : List.of("Gamma", "Delta")) {
      Map<String, Object> l = listing("quasar-" + other.toLowerCase(Locale.ROOT));
      l.put("name", "Quasar " + other);
      programs.add(TestPrograms.program(l));
    }
    for (String other : List.of("Nebula", "Comet", "Pulsar")) {
      Map<String, Object> l = listing(other.toLowerCase(Locale.ROOT));
      l.put("name", other + " Program");
      l.put("aliases", List.of(other.substring(0, 2).toUpperCase(Locale.ROOT)));
      programs.add(TestPrograms.program(l));
    }

    index.rebuild(programs, NOW);

    assertThat(slugs(search("quasar", Map.of(), SortOrder.RELEVANCE))).first().isEqualTo("quasar-alpha");
  }

  @Test
  void ranksAPausedProgramBelowAnActiveOneThatFitsAsWell() {
    Map<String, Object> paused = listing("nova-paused");
    paused.put("name", "Nova Beta");
    paused.put("lifecycle", "paused");
    Map<String, Object> active = listing("nova-active");
    active.put("name", "Nova Gamma");
    active.put("cycles", List.of(cycle("2025", List.of(milestone("applications", "2025-03-01", "2025-03-25")))));

    index.rebuild(List.of(TestPrograms.program(paused), TestPrograms.program(active)), NOW);

    // The paused one's round is to be announced, the active one's closed: the lifecycle still comes first.
    assertThat(slugs(search("nova", Map.of(), SortOrder.RELEVANCE))).containsExactly("nova-active", "nova-paused");
  }

  @Test
  void rebuildsFromManyBatchesWithEveryProgramAndItsProminence() {
    List<List<Program>> batches = new ArrayList<>();
    for (int b = 0; b < 40; b++) {
      List<Program> batch = new ArrayList<>();
      for (int i = 0; i < 25; i++) {
        Map<String, Object> l = listing("p-" + b + "-" + i);
        l.put("name", "Nebula " + b + " " + i);
        if (b > 0) {
          l.put("runs_on", List.of("p-0-0"));
        }
        batch.add(TestPrograms.program(l));
      }
      batches.add(batch);
    }

    index.rebuild(consumer -> batches.forEach(consumer), NOW);

    assertThat(index.size()).isEqualTo(1_000);
    assertThat(index.contains("p-39-24")).isTrue();
    // The platform came first, before the programs that run on it: its prominence was set afterwards.
    assertThat(slugs(search("nebula", Map.of(), SortOrder.RELEVANCE))).first().isEqualTo("p-0-0");
  }

  @Test
  void doesNotReportAProgramWhoseAgeRuleIsJudgedAtADateAlreadyPast() {
    Map<String, Object> l = listing("running");
    l.put("eligibility", Map.of("minimum_age", 18));
    l.put("cycles", List.of(cycle("2026", List.of(milestone("program", "2026-03-01", "2026-06-30")))));
    index.upsert(TestPrograms.program(l), NOW);

    assertThat(index.staleAt(NOW)).doesNotContain("running");
    assertThat(index.staleAt(Instant.parse("2026-07-01T00:00:00Z"))).contains("running");
  }

  @Test
  void reportsProgramsWhoseStatusChangedSinceIndexing() {
    assertThat(index.staleAt(NOW)).isEmpty();
    assertThat(index.staleAt(Instant.parse("2026-03-26T00:00:00Z"))).containsExactly("rust-season");
  }
}
