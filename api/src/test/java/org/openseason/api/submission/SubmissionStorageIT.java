package org.openseason.api.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.event.ApplicationEventListener;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openseason.api.TestDatabase;
import org.openseason.api.system.ApiException;

/** Submissions in H2 and PostgreSQL: stored whole, revised, superseded, decided once, read back as sent. */
class SubmissionStorageIT {

  static List<?> databases() {
    return TestDatabase.both();
  }

  private static ApplicationContext start(TestDatabase db) {
    Map<String, Object> properties = new HashMap<>(db.properties());
    properties.put("openseason.crawl.scheduled", false);
    properties.put("openseason.apply-catalog", false);
    return ApplicationContext.run(properties);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void keepsRevisionsUntilAModeratorDecides(Supplier<TestDatabase> database) {
    try (TestDatabase db = database.get(); ApplicationContext app = start(db)) {
      Submissions submissions = app.getBean(Submissions.class);
      Received received = app.getBean(Received.class);
      Map<String, Object> fields = SubmissionApiIT.listing("Storage Program");
      fields.put("description", "**bold** <script>alert(1)</script>");

      Receipt first = ((Outcome.Accepted) submissions.submit(Proposal.of(fields, fields), "203.0.113.5")).receipt();
      Submission pending = submissions.pending().get(0);
      assertThat(pending.receipt()).isEqualTo(first.receipt());
      assertThat(pending.kind()).isEqualTo(SubmissionKind.NEW_PROGRAM);
      assertThat(pending.proposedSlug()).isEqualTo("storage-program");
      assertThat(received.events).containsExactly(new SubmissionReceived(pending.id(), "storage-program"));
      assertThat(submissions.proposed(pending.id()).description()).as("kept as typed")
          .isEqualTo("**bold** <script>alert(1)</script>");
      assertThat(submissions.descriptionHtml(pending.id()))
          .isEqualTo("<p><strong>bold</strong> &lt;script&gt;alert(1)&lt;/script&gt;</p>");

      fields.put("summary", "A second revision.");
      fields.remove("moderator_contact");
      Receipt second = ((Outcome.Accepted) submissions.revise(first.editToken(), Proposal.of(fields, fields),
          "203.0.113.5")).receipt();
      assertThat(submissions.find(pending.id()).orElseThrow().state()).isEqualTo(SubmissionState.SUPERSEDED);
      Submission latest = submissions.pending().get(0);
      assertThat(submissions.pending()).hasSize(1);
      assertThat(latest.receipt()).isEqualTo(second.receipt());
      assertThat(submissions.draft(first.editToken()).proposed().summary()).isEqualTo("A second revision.");
      assertThat(submissions.typed(latest.id())).containsEntry("summary", "A second revision.");
      assertThat(submissions.contact(latest.id())).isEqualTo("maintainers@example.org");

      Submission asked = submissions.decide(latest.id(), SubmissionState.CHANGES_REQUESTED, "ann", "add dates");
      assertThat(asked.reason()).hasValue("add dates");
      assertThat(submissions.pending()).isEmpty();
      assertThatThrownBy(() -> submissions.decide(latest.id(), SubmissionState.APPROVED, "bob", ""))
          .isInstanceOf(ApiException.class).hasMessageContaining("already changes-requested");
      assertThatThrownBy(() -> submissions.draft("A".repeat(43))).isInstanceOf(ApiException.class);
      assertThat(submissions.maintainedByOrganizers("storage-program")).isFalse();
    }
  }

  @jakarta.inject.Singleton
  static class Received implements ApplicationEventListener<SubmissionReceived> {
    final List<SubmissionReceived> events = new CopyOnWriteArrayList<>();

    @Override
    public void onApplicationEvent(SubmissionReceived event) {
      events.add(event);
    }
  }

}
