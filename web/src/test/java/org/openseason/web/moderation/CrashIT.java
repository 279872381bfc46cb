package org.openseason.web.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openseason.api.account.Accounts;
import org.openseason.api.account.ApiTokens;
import org.openseason.api.search.SearchService;
import org.openseason.api.submission.Submissions;

/**
 * The server killed with SIGKILL right after it answered: what it acknowledged is there after a restart, a 201
 * submission and a 200 approval alike (the index is rebuilt from the database at start).
 */
class CrashIT {

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  void nothingAcknowledgedIsLostWhenTheServerIsKilled(@TempDir Path data) throws Exception {
    String token;
    try (ApplicationContext app = offline(data)) {
      app.getBean(Accounts.class).create("moderator", "a long enough passphrase");
      token = app.getBean(ApiTokens.class).create("moderator", "crash test").token();
    }

    int port = freePort();
    Process server = serve(data, port);
    HttpResponse<String> sent;
    try {
      sent = send(port, "/api/v1/submissions", Map.of(), ModerationFixtures.submissionJson());
    } finally {
      server.destroyForcibly().waitFor();
    }
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);

    long id;
    try (ApplicationContext app = offline(data)) {
      List<org.openseason.api.submission.Submission> pending = app.getBean(Submissions.class).pending();
      assertThat(pending).as("the acknowledged submission survived SIGKILL").hasSize(1);
      assertThat(sent.body()).contains(pending.get(0).receipt());
      id = pending.get(0).id();
    }

    server = serve(data, port);
    HttpResponse<String> approved;
    try {
      approved = send(port, "/api/v1/admin/submissions/" + id + "/decision",
          Map.of("Authorization", "Bearer " + token), "{\"decision\":\"approve\"}");
    } finally {
      server.destroyForcibly().waitFor();
    }
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);

    try (ApplicationContext app = offline(data)) {
      assertThat(app.getBean(SearchService.class).nameOf(ModerationFixtures.SLUG))
          .as("the approved listing is in the index rebuilt after the crash").isEqualTo("Quokkatronics Mentorship");
      assertThat(app.getBean(Submissions.class).pending()).isEmpty();
    }
  }

  private static ApplicationContext offline(Path data) {
    return ApplicationContext.run(Map.of("openseason.data-dir", data.toString(), "openseason.crawl.scheduled", false));
  }

  private static Process serve(Path data, int port) throws Exception {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(javaBin, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        "-Dopenseason.crawl.scheduled=false", "org.openseason.web.OpenSeason", "serve", "--port",
        String.valueOf(port), "--data", data.toString())
        .redirectErrorStream(true).redirectOutput(new File(data.toFile(), "server.log")).start();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    HttpClient probe = HttpClient.newHttpClient();
    while (System.nanoTime() < deadline) {
      try {
        if (probe.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return process;
        }
      } catch (java.io.IOException notYet) {
        Thread.sleep(200);
      }
      if (!process.isAlive()) {
        throw new AssertionError("the server stopped: " + java.nio.file.Files.readString(data.resolve("server.log")));
      }
    }
    process.destroyForcibly();
    throw new AssertionError("the server did not start within 60 s");
  }

  private HttpResponse<String> send(int port, String path, Map<String, String> headers, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
