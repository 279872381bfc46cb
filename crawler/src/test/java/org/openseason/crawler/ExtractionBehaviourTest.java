package org.openseason.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openseason.crawler.ProgramFact.Countries;
import org.openseason.crawler.ProgramFact.Pay;
import org.openseason.crawler.ProgramFact.Rolling;
import org.openseason.crawler.ProgramFact.Student;
import org.openseason.domain.CompensationKind;
import org.openseason.domain.Milestone;
import org.openseason.domain.MilestoneKind;
import org.openseason.domain.ProjectIdea;
import org.openseason.domain.StudentRequirement;

/** What each extractor reads from the fixture documents, said as behaviour; the golden files hold the rest. */
class ExtractionBehaviourTest {

  @Test
  void neverPassesOnMentorNamesHandlesOrEmailAddresses() throws Exception {
    for (String name : List.of("term-page", "older-term-page", "projects-table", "program-dates")) {
      String json = new ObjectMapper().writeValueAsString(FixtureCase.named(name).extract().toMap());
      assertThat(json).as(name).doesNotContain("Ada Example", "ada@example.org", "@ada-example", "Bo Sample",
          "dee@example.net", "Eve Example", "eve@example.com", "Fay Person", "@fay", "Hana Example", "Jo Person",
          "mentorship@ledger.example");
    }
  }

  @Test
  void readsIdeasUnderProjectHeadingsAndUnderASubProjectThatGroupsThem() {
    Extraction extraction = FixtureCase.named("term-page").extract();
    assertThat(extraction.projects()).extracting(ProjectIdea::title, i -> i.project().orElse(""))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Add `tracing` hooks to the control plane", "Lantern Mesh"),
            org.assertj.core.groups.Tuple.tuple("Write a getting-started guide", "Lantern Mesh"),
            org.assertj.core.groups.Tuple.tuple("Fair-share queue plugin", "Orbit Scheduler"),
            org.assertj.core.groups.Tuple.tuple("Priority queue plugin", "Orbit Scheduler"));
    ProjectIdea first = extraction.projects().get(0);
    assertThat(first.technologies()).containsExactly("go", "kubernetes", "OpenTelemetry");
    assertThat(first.link()).hasValueSatisfying(u -> assertThat(u).hasHost("mentorship.example"));
  }

  @Test
  void readsOlderTermsWithInlineLabelsNestedListsAndLabelledLines() {
    List<ProjectIdea> ideas = FixtureCase.named("older-term-page").extract().projects();
    assertThat(ideas.get(0).skills()).containsExactly("Go", "Cobra", "REST APIs");
    assertThat(ideas.get(0).description()).isEqualTo("Extend the command-line client with the system settings commands.");
    assertThat(ideas.get(1).difficulty()).contains("Medium");
    assertThat(ideas.get(1).size()).contains("350h");
  }

  @Test
  void readsTheTimelineYearFromTheDateHeaderOrTheCellsAndKeepsPublishedZones() {
    List<Milestone> term = FixtureCase.named("term-page").extract().milestones();
    assertThat(term).hasSize(6);
    assertThat(term.get(0).start().date()).hasToString("2027-01-06");
    assertThat(term.get(0).end()).hasValueSatisfying(e -> assertThat(e.at().toOffsetDateTime())
        .hasToString("2027-01-26T18:00Z"));
    List<Milestone> older = FixtureCase.named("older-term-page").extract().milestones();
    assertThat(older).filteredOn(m -> m.kind() == MilestoneKind.APPLICATIONS).singleElement()
        .satisfies(m -> assertThat(m.start().at().toOffsetDateTime()).hasToString("2025-07-31T11:00-07:00"));
  }

  @Test
  void readsDatedListsAndSaysWhenTheYearWasGuessed() {
    Extraction extraction = FixtureCase.named("deadlines").extract();
    assertThat(extraction.milestones()).extracting(Milestone::title).contains("Sub-org applications due. "
        + "(Late ideas pages are welcome too.)", "Student Application period.", "Accepted students announced",
        "Coding begins");
    assertThat(extraction.problems()).extracting(Problem::reason).containsExactly("year-guessed");
  }

  @Test
  void makesEveryTableRowACandidateWithItsLinkPayAndFootnotes() {
    List<ProgramCandidate> programs = FixtureCase.named("program-list").extract().programs();
    assertThat(programs).hasSize(5).allSatisfy(p -> assertThat(p.homepage()).isPresent());
    ProgramCandidate regional = programs.get(2);
    assertThat(regional.fact(Student.class)).hasValueSatisfying(
        s -> assertThat(s.requirement()).isEqualTo(StudentRequirement.REQUIRED));
    assertThat(programs.get(1).fact(Pay.class)).hasValueSatisfying(
        p -> assertThat(p.compensation().kind()).isEqualTo(CompensationKind.NONE));
    assertThat(programs.get(4).fact(Countries.class)).hasValueSatisfying(
        c -> assertThat(c.allowed()).containsExactly("IN"));
  }

  @Test
  void readsAProjectPerTableRowWithItsApplyLink() {
    List<ProjectIdea> ideas = FixtureCase.named("projects-table").extract().projects();
    assertThat(ideas).extracting(ProjectIdea::title).containsExactly("Ledger Snapshot Exporter",
        "Wallet SDK for Kotlin", "Consensus Benchmarks");
    assertThat(ideas.get(1).project()).contains("Ledgerly, Walletry");
  }

  @Test
  void findsCodeOfConductAndRulesLinksByTheirTextAndFactsInSentences() {
    ProgramCandidate program = FixtureCase.named("program-page").extract().programs().get(0);
    assertThat(program.codeOfConduct()).hasValueSatisfying(u -> assertThat(u).hasPath("/conduct"));
    assertThat(program.rules()).hasValueSatisfying(u -> assertThat(u).hasPath("/rules"));
    assertThat(program.homepage()).hasValueSatisfying(u -> assertThat(u).hasHost("fellowship.example"));
    assertThat(program.facts()).extracting(ProgramFact::key).contains("minimum-age", "student", "countries",
        "compensation", "participation", "hours-per-week", "duration");
  }

  @Test
  void readsARollingUnpaidMentorshipFromWhatThePageDoesNotSay() {
    ProgramCandidate program = FixtureCase.named("rolling-mentoring").extract().programs().get(0);
    assertThat(program.name()).isEqualTo("Open data mentoring");
    assertThat(program.fact(Rolling.class)).hasValueSatisfying(r -> assertThat(r.rolling()).isTrue());
    assertThat(program.fact(Pay.class)).hasValueSatisfying(
        p -> assertThat(p.compensation().kind()).isEqualTo(CompensationKind.NONE));
  }

  @Test
  void noticesAnnouncementsThatApplicationsAreOpenAndDatesItemsByThemselves() {
    List<Announcement> rss = FixtureCase.named("announcements").extract().announcements();
    assertThat(rss).extracting(Announcement::applicationsOpen).containsExactly(true, false);
    assertThat(rss.get(0).published()).hasValueSatisfying(p -> assertThat(p).hasToString("2027-02-01T09:00:00Z"));
    List<Announcement> atom = FixtureCase.named("atom-announcements").extract().announcements();
    assertThat(atom.get(0).applicationsOpen()).isTrue();
    assertThat(atom.get(1).link()).isEqualTo(Optional.empty());
  }

  @Test
  void readsSchemaOrgItemsFromJsonLdAndMicrodata() {
    Extraction extraction = FixtureCase.named("structured-data").extract();
    assertThat(extraction.programs()).extracting(ProgramCandidate::name).containsExactly(
        "Campus Ambassador Program", "Open Source Intern", "Contributing 101");
    assertThat(extraction.milestones()).extracting(Milestone::kind).contains(MilestoneKind.APPLICATIONS,
        MilestoneKind.APPLICATION_DEADLINE);
  }
}
