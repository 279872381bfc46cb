package org.openseason.web.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openseason.api.TestDatabase;
import org.openseason.api.account.Accounts;
import org.openseason.api.account.ApiTokens;

/**
 * Two instances behind one load balancer share one PostgreSQL database: an organizer's submission reaches one, a
 * moderator approves it on the other, and both indexes have it within two seconds.
 */
class TwoInstancesIT {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aSubmissionOnOneInstanceApprovedOnTheOtherIsSearchableOnBothWithinTwoSeconds() throws Exception {
    try (TestDatabase db = TestDatabase.postgres(); EmbeddedServer one = start(db); EmbeddedServer two = start(db)) {
      two.getApplicationContext().getBean(Accounts.class).create("moderator", "a long enough passphrase");
      String token = one.getApplicationContext().getBean(ApiTokens.class).create("moderator", "test").token();

      HttpResponse<String> sent = post(one, "/api/v1/submissions", Map.of(), ModerationFixtures.submissionJson());
      assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
      String receipt = (String) json(one, sent.body()).get("receipt");

      long id = submissionId(two, token, receipt);
      HttpResponse<String> approved = post(two, "/api/v1/admin/submissions/" + id + "/decision",
          Map.of("Authorization", "Bearer " + token), "{\"decision\":\"approve\",\"reason\":\"checked\"}");
      assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
      long approvedAt = System.nanoTime();

      Map<EmbeddedServer, Long> searchableAfter = new HashMap<>();
      while (searchableAfter.size() < 2 && System.nanoTime() - approvedAt < Duration.ofSeconds(2).toNanos()) {
        for (EmbeddedServer server : List.of(one, two)) {
          if (!searchableAfter.containsKey(server) && found(server, ModerationFixtures.UNIQUE_WORD)) {
            searchableAfter.put(server, (System.nanoTime() - approvedAt) / 1_000_000);
          }
        }
        Thread.sleep(10);
      }
      assertThat(searchableAfter).as("searchable on both instances within 2 s (ms after the approval)")
          .containsKeys(one, two);
      System.out.println("Approved on instance two: searchable on two after " + searchableAfter.get(two)
          + " ms, on one after " + searchableAfter.get(one) + " ms");
    }
  }

  private long submissionId(EmbeddedServer server, String token, String receipt) throws Exception {
    HttpResponse<String> queue = get(server, "/api/v1/admin/submissions", Map.of("Authorization", "Bearer " + token));
    assertThat(queue.statusCode()).as(queue.body()).isEqualTo(200);
    List<?> items = server.getApplicationContext().getBean(JsonMapper.class)
        .readValue(queue.body(), io.micronaut.core.type.Argument.listOf(Map.class));
    for (Object item : items) {
      Map<?, ?> submission = (Map<?, ?>) ((Map<?, ?>) item).get("submission");
      if (receipt.equals(submission.get("receipt"))) {
        return ((Number) submission.get("id")).longValue();
      }
    }
    throw new AssertionError("receipt " + receipt + " is not in the other instance's queue: " + queue.body());
  }

  private boolean found(EmbeddedServer server, String word) throws Exception {
    HttpResponse<String> answer = get(server, "/api/v1/programs?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8),
        Map.of());
    return answer.statusCode() == 200 && answer.body().contains(ModerationFixtures.SLUG);
  }

  private static EmbeddedServer start(TestDatabase db) throws Exception {
    Map<String, Object> properties = new HashMap<>(db.properties());
    properties.put("micronaut.server.port", -1);
    properties.put("openseason.data-dir", Files.createTempDirectory("openseason-instance").toString());
    properties.put("openseason.crawl.scheduled", false);
    return ApplicationContext.run(EmbeddedServer.class, properties);
  }

  private Map<String, Object> json(EmbeddedServer server, String body) throws Exception {
    return server.getApplicationContext().getBean(JsonMapper.class)
        .readValue(body, io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
  }

  private HttpResponse<String> get(EmbeddedServer server, String path, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path));
    headers.forEach(request::header);
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(EmbeddedServer server, String path, Map<String, String> headers, String body)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
        .header("Content-Type", "application/json");
    headers.forEach(request::header);
    return http.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
