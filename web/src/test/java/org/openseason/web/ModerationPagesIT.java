package org.openseason.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openseason.web.moderation.ModerationFixtures;

/** A moderator's day over HTTP: the queue, a review that shows the diff inert, a refused and an accepted decision. */
class ModerationPagesIT {

  private static final String HOSTILE = "<script>alert('queue')</script><img src=x onerror=alert(2)>";

  @Test
  void aModeratorReviewsTheDiffAndApprovesAndTheListingIsSearchableWithinASecond() throws Exception {
    try (TestApp app = new TestApp(Map.of("openseason.crawl.scheduled", false))) {
      String body = ModerationFixtures.submissionJson().replace("for newcomers.", "for newcomers. " + HOSTILE
          .replace("\"", "\\\""));
      HttpResponse<String> sent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create(app.base() + "/api/v1/submissions")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);

      assertThat(app.get("/admin/queue", "text/html").statusCode()).as("no account yet").isEqualTo(404);
      app.createAccount("ada", "a long enough passphrase");
      HttpResponse<String> anonymous = app.get("/admin/queue", "text/html");
      assertThat(anonymous.statusCode()).isEqualTo(303);
      assertThat(anonymous.headers().firstValue("Location").orElseThrow()).startsWith("/login");

      TestApp.Browser ada = app.login("ada", "a long enough passphrase");
      HttpResponse<String> queue = ada.get("/admin/queue", "text/html");
      assertThat(queue.statusCode()).isEqualTo(200);
      Matcher link = Pattern.compile("href=\"/admin/queue/(\\d+)\"").matcher(queue.body());
      assertThat(link.find()).as(queue.body()).isTrue();
      String review = "/admin/queue/" + link.group(1);

      HttpResponse<String> page = ada.get(review, "text/html");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("cycles[2027].milestones").contains("organizers@quokkatronics.example.org")
          .contains("&lt;script&gt;alert(").doesNotContain("<script>alert(").doesNotContain("<img src=x");

      HttpResponse<String> noReason = ada.submit(review, review, Map.of("decision", "reject", "reason", ""));
      assertThat(noReason.statusCode()).isEqualTo(422);
      assertThat(noReason.body()).contains("required to reject");
      HttpResponse<String> forged = ada.post(review, Map.of("decision", "approve"));
      assertThat(forged.statusCode()).as("no CSRF token").isEqualTo(403);

      HttpResponse<String> approved = ada.submit(review, review, Map.of("decision", "approve", "reason", "checked"));
      assertThat(approved.statusCode()).isEqualTo(303);
      long approvedAt = System.nanoTime();
      boolean searchable = false;
      while (!searchable && System.nanoTime() - approvedAt < 1_000_000_000L) {
        searchable = app.get("/api/v1/programs?q=" + ModerationFixtures.UNIQUE_WORD, "application/json").body()
            .contains(ModerationFixtures.SLUG);
      }
      assertThat(searchable).as("searchable within a second of the approval").isTrue();
      HttpResponse<String> listing = app.get("/programs/" + ModerationFixtures.SLUG, "text/html");
      assertThat(listing.body()).doesNotContain("<script>alert(").doesNotContain("<img src=x")
          .doesNotContain("organizers@quokkatronics.example.org");

      HttpResponse<String> audit = ada.get("/admin/audit", "text/html");
      assertThat(audit.body()).contains("ada").contains("approve").contains("submission.approved");
      assertThat(ada.get(review, "text/html").body()).doesNotContain("name=\"decision\"");
    }
  }
}
