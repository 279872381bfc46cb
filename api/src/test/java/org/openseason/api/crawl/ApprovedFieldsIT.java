package org.openseason.api.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openseason.api.TestDatabase;
import org.openseason.api.moderation.Decision;
import org.openseason.api.moderation.Moderation;
import org.openseason.api.moderation.Submitted;
import org.openseason.api.program.ProgramStore;
import org.openseason.api.program.StoredProgram;
import org.openseason.api.submission.Submissions;
import org.openseason.domain.Milestone;
import org.openseason.domain.MilestoneKind;
import org.openseason.domain.When;
import org.openseason.domain.Keyed;

/** What a moderator approved outranks what a crawl of the program's own site finds later. */
class ApprovedFieldsIT {

  static List<?> databases() {
    return TestDatabase.both();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aLaterCrawlOfTheOwnSiteKeepsTheDatesAModeratorApproved(Supplier<TestDatabase> database) {
    Map<String, Object> properties;
    try (TestDatabase db = database.get()) {
      properties = new HashMap<>(db.properties());
      properties.put("openseason.crawl.scheduled", false);
      try (ApplicationContext app = ApplicationContext.run(properties)) {
        Moderation moderation = app.getBean(Moderation.class);
        Submissions submissions = app.getBean(Submissions.class);
        var receipt = Submitted.receiptOf(submissions, Submitted.fields("2027", "2027-02-01", "2027-02-28"));
        moderation.decide(submissions.pending().get(0).id(), Decision.APPROVE, "ada", "");
        // A crawl of the program's own site dated the round since, so its dates are the crawl's now ...
        @SuppressWarnings("unchecked")
        io.micronaut.transaction.TransactionOperations<java.sql.Connection> transactions =
            app.getBean(io.micronaut.transaction.TransactionOperations.class);
        transactions.executeWrite(status -> {
          app.getBean(FieldOwnership.class).claim(Submitted.SLUG, "cycles[2027].milestones", Precedence.OWN_SITE,
              "wombatics-site", "https://wombatics.example.org/fellowship", Instant.now(), "dates read");
          return null;
        });
        // ... until the organizer moves the deadline and a moderator approves it.
        long edit = Submitted.revise(submissions, receipt.editToken(),
            Submitted.fields("2027", "2027-02-01", "2027-03-07"));
        moderation.decide(edit, Decision.APPROVE, "ada", "");

        StoredProgram stored = app.getBean(ProgramStore.class).find(Submitted.SLUG).orElseThrow();
        Owners owners = owners(app.getBean(FieldRepository.class), stored);
        assertThat(owners.of("cycles[2027].milestones")).isEqualTo(Precedence.ORGANIZER);

        Origin ownSite = new Origin("wombatics-site", URI.create("https://wombatics.example.org/fellowship"),
            Precedence.OWN_SITE, Optional.of("2027"), Instant.parse("2027-01-10T00:00:00Z"));
        Milestone other = new Milestone(MilestoneKind.APPLICATIONS, Optional.empty(),
            When.startOfDay(java.time.LocalDate.of(2027, 3, 1), java.time.ZoneOffset.UTC),
            Optional.of(When.endOfDay(java.time.LocalDate.of(2027, 3, 31), java.time.ZoneOffset.UTC)), Optional.empty());
        ListingMerge.Result result = ListingMerge.merge(stored.program(), owners, ownSite, Optional.empty(),
            List.of(other), List.of());

        assertThat(result.kept()).contains("cycles[2027].milestones");
        assertThat(result.program().cycles().get(0).milestones()).isEqualTo(stored.program().cycles().get(0).milestones());
      }
    }
  }

  private static Owners owners(FieldRepository fields, StoredProgram stored) {
    Map<String, Precedence> byField = new HashMap<>();
    for (FieldRow row : fields.findBySlugOrderByField(stored.program().slug())) {
      Keyed.byKey(Precedence.class, row.precedence()).ifPresent(p -> byField.put(row.field(), p));
    }
    return new Owners(byField, Precedence.ofListing(stored.source()));
  }
}
