package org.openseason.api.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openseason.api.TestDatabase;
import org.openseason.api.outbox.Outbox;
import org.openseason.api.outbox.OutboxEntry;
import org.openseason.api.program.ProgramStore;
import org.openseason.api.search.SearchService;
import org.openseason.api.submission.Submission;
import org.openseason.api.submission.SubmissionState;
import org.openseason.api.submission.Submissions;
import org.openseason.api.system.ApiException;
import org.openseason.domain.SourceKind;

/** Decisions on H2 and PostgreSQL: what each changes, what it records, what it refuses. */
class ModerationIT {

  static List<?> databases() {
    return TestDatabase.both();
  }

  private static ApplicationContext start(TestDatabase db) {
    Map<String, Object> properties = new HashMap<>(db.properties());
    properties.put("openseason.crawl.scheduled", false);
    return ApplicationContext.run(properties);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void anApprovalPublishesTheListingAndRecordsWhoWhenAndWhat(Supplier<TestDatabase> database) {
    try (TestDatabase db = database.get(); ApplicationContext app = start(db)) {
      Moderation moderation = app.getBean(Moderation.class);
      long id = Submitted.submit(app.getBean(Submissions.class), Submitted.fields("2027", "2027-02-01", "2027-02-28"));

      assertThat(app.getBean(Outbox.class).latest(5)).extracting(OutboxEntry::event)
          .as("the webhook hears of the new submission").contains("submission.received");
      Review review = moderation.review(id);
      assertThat(review.listed()).isFalse();
      assertThat(review.changes()).extracting(FieldDiff::field)
          .contains("name", "homepage", "cycles[2027].milestones").doesNotContain("moderator_contact");
      assertThat(app.getBean(ProgramStore.class).exists(Submitted.SLUG)).as("not live before approval").isFalse();
      assertThat(moderation.queue()).extracting(item -> item.submission().id()).contains(id);

      Submission approved = moderation.decide(id, Decision.APPROVE, "ada", "");

      assertThat(approved.state()).isEqualTo(SubmissionState.APPROVED);
      var stored = app.getBean(ProgramStore.class).find(Submitted.SLUG).orElseThrow();
      assertThat(stored.source()).isEqualTo(SourceKind.ORGANIZER);
      assertThat(stored.program().name()).isEqualTo("Wombatics Fellowship");
      assertThat(app.getBean(SearchService.class).nameOf(Submitted.SLUG))
          .as("in the index as soon as the approval committed").isEqualTo("Wombatics Fellowship");
      AuditEntry entry = app.getBean(AuditLog.class).latest(1).get(0);
      assertThat(entry.actor()).isEqualTo("ada");
      assertThat(entry.action()).isEqualTo("approve");
      assertThat(entry.subject()).isEqualTo("submission " + id);
      assertThat(entry.detail()).contains("cycles[2027].milestones");
      OutboxEntry event = app.getBean(Outbox.class).latest(5).stream()
          .filter(e -> e.event().equals("submission.approved")).findFirst().orElseThrow();
      assertThat(event.payload()).contains(Submitted.SLUG).doesNotContain("fellowship@wombatics");
      assertThat(moderation.queue()).extracting(item -> item.submission().id()).doesNotContain(id);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aRejectionNeedsAReasonIsFinalAndNeverPublishes(Supplier<TestDatabase> database) {
    try (TestDatabase db = database.get(); ApplicationContext app = start(db)) {
      Moderation moderation = app.getBean(Moderation.class);
      long id = Submitted.submit(app.getBean(Submissions.class), Submitted.fields("2027", "2027-02-01", "2027-02-28"));

      assertThatThrownBy(() -> moderation.decide(id, Decision.REJECT, "ada", "  "))
          .isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.invalidParams()).extracting(p -> p.name()).containsExactly("reason");
          });
      assertThat(app.getBean(AuditLog.class).latest(5)).as("a refused decision records nothing").isEmpty();

      moderation.decide(id, Decision.REJECT, "ada", "Not an open-source program.");
      assertThatThrownBy(() -> moderation.decide(id, Decision.APPROVE, "grace", ""))
          .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(409));

      assertThat(app.getBean(ProgramStore.class).exists(Submitted.SLUG)).isFalse();
      assertThat(app.getBean(SearchService.class).nameOf(Submitted.SLUG)).isEqualTo(Submitted.SLUG);
      assertThat(app.getBean(AuditLog.class).about("submission " + id)).singleElement()
          .satisfies(e -> assertThat(e.reason()).isEqualTo("Not an open-source program."));
      assertThat(app.getBean(Outbox.class).latest(5)).extracting(OutboxEntry::event).contains("submission.rejected");
      assertThatThrownBy(() -> moderation.decide(424242, Decision.APPROVE, "ada", ""))
          .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    }
  }
}
