package org.openseason.api.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openseason.api.catalog.Catalog;
import org.openseason.api.catalog.CatalogReader;
import org.openseason.crawler.ProgramCandidate;
import org.openseason.crawler.ProgramFact;
import org.openseason.domain.Cycle;
import org.openseason.domain.HoursPerWeek;
import org.openseason.domain.Milestone;
import org.openseason.domain.MilestoneKind;
import org.openseason.domain.Program;
import org.openseason.domain.ProjectIdea;
import org.openseason.domain.When;

/** How one source's findings change a listing: precedence per field, cycles, and nothing when nothing is new. */
class ListingMergeTest {

  private static final Catalog CATALOG = CatalogReader.fromClasspath();
  private static final Instant FETCHED = Instant.parse("2026-11-20T10:00:00Z");
  private static final URI CONDUCT = URI.create("https://kde.example/conduct");

  private final Program kde = program("season-of-kde");
  private final ProgramCandidate kdePage = new ProgramCandidate("Season of KDE", Optional.of(kde.homepage()),
      Optional.of("A paragraph from the page."), Optional.of(CONDUCT), Optional.empty(), Optional.empty(),
      List.of(new ProgramFact.MinimumAge(16, "You must be 16 or older to take part."),
          new ProgramFact.Hours(new HoursPerWeek(Optional.of(10), Optional.empty()), "about ten hours a week")));

  @Test
  void theProgramsOwnSiteOverwritesWhatTheCatalogSaid() {
    ListingMerge.Result result = merge(kde, owners(Precedence.CATALOG), origin(Precedence.OWN_SITE), kdePage);

    assertThat(result.program().codeOfConduct()).contains(CONDUCT);
    assertThat(result.program().eligibility().minimumAge()).contains(16);
    assertThat(result.program().eligibility().hoursPerWeek().min()).contains(10);
    assertThat(result.changed()).extracting(FieldChange::field)
        .containsExactlyInAnyOrder("code_of_conduct", "eligibility.minimum_age", "eligibility.hours_per_week");
    assertThat(result.changed()).filteredOn(c -> c.field().equals("eligibility.minimum_age"))
        .extracting(FieldChange::evidence).containsExactly("You must be 16 or older to take part.");
  }

  @Test
  void aThirdPartyListOnlyFillsWhatTheListingLacks() {
    ListingMerge.Result result = merge(kde, owners(Precedence.CATALOG), origin(Precedence.LIST), kdePage);

    assertThat(result.program().codeOfConduct()).isEqualTo(kde.codeOfConduct());
    assertThat(result.kept()).containsExactly("code_of_conduct");
    assertThat(result.program().eligibility().minimumAge()).contains(16);
  }

  @Test
  void whatAModeratorSetIsKeptAndWhatACrawlSetMayBeUpdated() {
    Owners owners = new Owners(Map.of("code_of_conduct", Precedence.OWN_SITE), Precedence.MODERATOR);
    Program moderated = merge(kde, owners(Precedence.CATALOG), origin(Precedence.OWN_SITE), kdePage).program();
    ProgramCandidate changedPage = new ProgramCandidate("Season of KDE", Optional.of(kde.homepage()), Optional.empty(),
        Optional.of(URI.create("https://kde.example/conduct-v2")), Optional.empty(), Optional.empty(),
        List.of(new ProgramFact.MinimumAge(17, "You must be 17 or older.")));

    ListingMerge.Result result = merge(moderated, owners, origin(Precedence.OWN_SITE), changedPage);

    assertThat(result.program().codeOfConduct()).contains(URI.create("https://kde.example/conduct-v2"));
    assertThat(result.program().eligibility().minimumAge()).contains(16);
    assertThat(result.kept()).containsExactly("eligibility.minimum_age");
  }

  @Test
  void proseWrittenForPeopleIsNeverReplaced() {
    ListingMerge.Result result = merge(kde, owners(Precedence.CATALOG), origin(Precedence.OWN_SITE), kdePage);

    assertThat(result.program().description()).isEqualTo(kde.description());
    assertThat(result.changed()).extracting(FieldChange::field).doesNotContain("description");
  }

  @Test
  void datesAndIdeasGoToTheCycleTheSourceNames() {
    Program cncf = program("cncf-mentoring");
    Origin origin = new Origin("term", URI.create("https://example.org/term.md"), Precedence.OWN_SITE,
        Optional.of("2027 Term 1"), FETCHED);
    List<Milestone> dates = List.of(window("2027-02-01T00:00:00Z", "2027-02-16T23:59:00Z"));
    List<ProjectIdea> ideas = List.of(idea("Add tracing hooks"), idea("Write a getting-started guide"));

    ListingMerge.Result result = ListingMerge.merge(cncf, owners(Precedence.CATALOG), origin, Optional.empty(),
        dates, ideas);

    Cycle term = result.program().cycles().stream().filter(c -> c.label().equals("2027 Term 1")).findFirst()
        .orElseThrow();
    assertThat(term.milestones()).isEqualTo(dates);
    assertThat(term.ideas()).isEqualTo(ideas);
    assertThat(result.program().cycles()).extracting(Cycle::label).endsWith("2026 Term 3", "2027 Term 1");
    assertThat(result.changed()).extracting(FieldChange::field)
        .containsExactly("cycles[2027 Term 1].milestones", "cycles[2027 Term 1].ideas");
  }

  @Test
  void datesWithoutANamedCycleGoToTheCycleOfTheirYear() {
    Program lfdt = program("lf-decentralized-trust-mentorship");
    List<Milestone> dates = List.of(window("2025-02-05T00:00:00Z", "2025-03-15T23:59:00Z"),
        window("2027-02-05T00:00:00Z", "2027-03-15T23:59:00Z"));

    ListingMerge.Result result = ListingMerge.merge(lfdt, owners(Precedence.CATALOG), origin(Precedence.OWN_SITE),
        Optional.empty(), dates, List.of());

    assertThat(result.program().cycles()).extracting(Cycle::label).containsExactly("2025", "2026", "2027");
    assertThat(result.program().cycles().get(0).milestones()).containsExactly(dates.get(0));
    assertThat(result.program().cycles().get(2).milestones()).containsExactly(dates.get(1));
  }

  @Test
  void mergingTheSameFindingsAgainChangesNothing() {
    Program once = merge(kde, owners(Precedence.CATALOG), origin(Precedence.OWN_SITE), kdePage).program();

    ListingMerge.Result again = merge(once, owners(Precedence.CATALOG), origin(Precedence.OWN_SITE), kdePage);

    assertThat(again.changedAnything()).isFalse();
    assertThat(again.program()).isEqualTo(once);
  }

  @Test
  void theSameDatesInAnotherZoneObjectAreNoChange() {
    Program cncf = program("cncf-mentoring");
    Origin origin = new Origin("term", URI.create("https://example.org/term.md"), Precedence.OWN_SITE,
        Optional.of("2027 Term 1"), FETCHED);
    Milestone inUtc = new Milestone(MilestoneKind.APPLICATIONS, Optional.of("Applications"),
        When.time(ZonedDateTime.of(2027, 2, 1, 0, 0, 0, 0, java.time.ZoneId.of("UTC"))), Optional.empty());
    Milestone inZ = new Milestone(MilestoneKind.APPLICATIONS, Optional.of("Applications"),
        When.time(ZonedDateTime.of(2027, 2, 1, 0, 0, 0, 0, java.time.ZoneOffset.UTC)), Optional.empty());
    Program stored = ListingMerge.merge(cncf, owners(Precedence.CATALOG), origin, Optional.empty(), List.of(inZ),
        List.of()).program();

    ListingMerge.Result again = ListingMerge.merge(stored, owners(Precedence.CATALOG), origin, Optional.empty(),
        List.of(inUtc), List.of());

    assertThat(again.changedAnything()).isFalse();
  }

  @Test
  void twoSourcesFeedingOneCycleKeepEachOthersIdeas() {
    Program cncf = program("cncf-mentoring");
    Origin first = new Origin("first", URI.create("https://example.org/a.md"), Precedence.OWN_SITE,
        Optional.of("2027 Term 1"), FETCHED);
    Origin second = new Origin("second", URI.create("https://example.org/b.md"), Precedence.OWN_SITE,
        Optional.of("2027 Term 1"), FETCHED);
    Program once = ListingMerge.merge(cncf, owners(Precedence.CATALOG), first, Optional.empty(), List.of(),
        List.of(idea("Add tracing hooks"), idea("Write a getting-started guide"))).program();
    ProjectIdea updated = new ProjectIdea("Add tracing hooks", Optional.of("Lantern Mesh"), "Now described.",
        List.of("Go"), List.of("go"), Optional.empty(), Optional.empty(), Optional.empty());

    Program twice = ListingMerge.merge(once, owners(Precedence.CATALOG), second, Optional.empty(), List.of(),
        List.of(updated, idea("Fair-share queue plugin"))).program();

    Cycle term = twice.cycles().stream().filter(c -> c.label().equals("2027 Term 1")).findFirst().orElseThrow();
    assertThat(term.ideas()).containsExactly(updated, idea("Write a getting-started guide"),
        idea("Fair-share queue plugin"));
  }

  @Test
  void aListOfMentorsGivesTheirCountAndItsLinkWithProvenance() {
    Program scicloj = program("scicloj-mentoring");
    ProgramCandidate mentorsPage = new ProgramCandidate("List of mentors", Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), List.of(new ProgramFact.Mentors(5,
            "https://mentoring.example/list-of-mentors.md", "5 mentors listed (their names are not kept)")));

    ListingMerge.Result result = merge(scicloj, owners(Precedence.CATALOG), origin(Precedence.OWN_SITE),
        mentorsPage);

    assertThat(result.program().participation().mentors()).contains(5);
    assertThat(result.program().participation().mentorsLink())
        .contains(URI.create("https://mentoring.example/list-of-mentors.md"));
    assertThat(result.changed()).extracting(FieldChange::field)
        .contains("participation.mentors", "participation.mentors_link");
    assertThat(result.changed()).filteredOn(c -> c.field().equals("participation.mentors"))
        .extracting(FieldChange::evidence).containsExactly("5 mentors listed (their names are not kept)");
    assertThat(merge(result.program(), owners(Precedence.CATALOG), origin(Precedence.OWN_SITE), mentorsPage)
        .changed()).extracting(FieldChange::field).doesNotContain("participation.mentors");
  }

  private static ListingMerge.Result merge(Program program, Owners owners, Origin origin, ProgramCandidate page) {
    return ListingMerge.merge(program, owners, origin, Optional.of(page), List.of(), List.of());
  }

  private static Owners owners(Precedence listing) {
    return new Owners(Map.of(), listing);
  }

  private static Origin origin(Precedence precedence) {
    return new Origin("source", URI.create("https://example.org/page"), precedence, Optional.empty(), FETCHED);
  }

  private static Program program(String slug) {
    return CATALOG.programList().stream().filter(p -> p.slug().equals(slug)).findFirst().orElseThrow();
  }

  private static Milestone window(String start, String end) {
    return new Milestone(MilestoneKind.APPLICATIONS, Optional.of("Applications"),
        When.time(ZonedDateTime.parse(start)), Optional.of(When.time(ZonedDateTime.parse(end))));
  }

  private static ProjectIdea idea(String title) {
    return new ProjectIdea(title, Optional.of("Lantern Mesh"), "", List.of("Go"), List.of("go"), Optional.empty(),
        Optional.empty(), Optional.empty());
  }
}
