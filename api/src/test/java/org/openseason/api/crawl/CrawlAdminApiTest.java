package org.openseason.api.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openseason.api.TestDatabase;
import org.openseason.api.account.Accounts;
import org.openseason.api.account.ApiTokens;
import org.openseason.api.account.Moderator;
import org.openseason.crawler.testing.FixtureServer;

/** The admin API over HTTP: off without any account, closed without an API token, and sources and crawls behind it. */
class CrawlAdminApiTest {

  private static final String PASSWORD = "a long enough password";
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void administrationIsOffWithoutAnAccount() throws Exception {
    try (TestDatabase db = TestDatabase.h2(); EmbeddedServer server = server(db, Map.of())) {
      HttpResponse<String> response = send(server, "GET", "/api/v1/admin/crawls", "Bearer os_whatever", null);

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.body()).contains("./openseason admin create --name NAME");
    }
  }

  @Test
  void onlyALiveApiTokenOpensTheAdminApi() throws Exception {
    try (TestDatabase db = TestDatabase.h2(); EmbeddedServer server = server(db, Map.of())) {
      String token = token(server);
      String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

      assertThat(send(server, "GET", "/api/v1/admin/sources", null, null).statusCode()).isEqualTo(401);
      assertThat(send(server, "GET", "/api/v1/admin/sources", "Bearer " + token + "x", null).statusCode())
          .isEqualTo(401);
      assertThat(send(server, "GET", "/api/v1/admin/sources", basic, null).statusCode()).isEqualTo(401);
      HttpResponse<String> sources = send(server, "GET", "/api/v1/admin/sources", "Bearer " + token, null);
      assertThat(sources.statusCode()).isEqualTo(200);
      assertThat(sources.body()).contains("\"id\":\"cncf-lfx-2026-term-3\"", "\"origin\":\"bundled\"");

      ApiTokens tokens = server.getApplicationContext().getBean(ApiTokens.class);
      Moderator owner = server.getApplicationContext().getBean(Accounts.class).find("admin").orElseThrow();
      tokens.revoke(owner, tokens.list(owner).get(0).id());
      assertThat(send(server, "GET", "/api/v1/admin/sources", "Bearer " + token, null).statusCode())
          .as("revoked").isEqualTo(401);
    }
  }

  /** An administrator account and a fresh API token of it. */
  private static String token(EmbeddedServer server) {
    server.getApplicationContext().getBean(Accounts.class).create("admin", PASSWORD);
    return server.getApplicationContext().getBean(ApiTokens.class).create("admin", "tests").token();
  }

  @Test
  void anAdministratorAddsASourceAndCrawlsIt() throws Exception {
    try (TestDatabase db = TestDatabase.h2(); FixtureServer site = CrawlIT.site();
        EmbeddedServer server = server(db, Map.of(
            "openseason.crawl.allow-internal", List.of(site.hostPort().toString()),
            "openseason.crawl.host-delay", "10ms"))) {
      String auth = "Bearer " + token(server);
      String yaml = CrawlIT.source("test-fellowship", site.uri("/fellowship/"), "html", "program: season-of-kde\n", "");

      HttpResponse<String> added = send(server, "POST", "/api/v1/admin/sources", auth, yaml);
      assertThat(added.statusCode()).isEqualTo(201);
      assertThat(send(server, "POST", "/api/v1/admin/sources", auth, yaml).statusCode()).isEqualTo(409);
      HttpResponse<String> bad = send(server, "POST", "/api/v1/admin/sources", auth, yaml.replace("kind: html",
          "kind: pdf").replace("test-fellowship", "other"));
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(bad.body()).contains("\"name\":\"kind\"");
      assertThat(send(server, "POST", "/api/v1/admin/sources", auth, "").statusCode()).isEqualTo(400);

      assertThat(send(server, "POST", "/api/v1/admin/crawls?source=nope", auth, null).statusCode()).isEqualTo(404);
      assertThat(send(server, "POST", "/api/v1/admin/crawls?source=test-fellowship", auth, null).statusCode())
          .isEqualTo(202);
      String reports = awaitReport(server, auth);
      assertThat(reports).contains("\"source\":\"test-fellowship\"", "\"outcome\":\"fetched\"",
          "\"changed_programs\":[\"season-of-kde\"]");

      HttpResponse<String> provenance = send(server, "GET", "/api/v1/programs/season-of-kde/provenance", null, null);
      assertThat(provenance.statusCode()).isEqualTo(200);
      assertThat(provenance.body()).contains("\"field\":\"eligibility.minimum_age\"", "\"source\":\"test-fellowship\"",
          "crawl test-fellowship: ");
      assertThat(send(server, "GET", "/api/v1/programs/nope/provenance", null, null).statusCode()).isEqualTo(404);

      assertThat(send(server, "GET", "/api/v1/admin/crawls?limit=0", auth, null).statusCode()).isEqualTo(400);
      assertThat(send(server, "GET", "/api/v1/admin/crawls/abc", auth, null).statusCode()).isEqualTo(400);
      assertThat(send(server, "GET", "/api/v1/admin/crawls/999", auth, null).statusCode()).isEqualTo(404);
    }
  }

  /** The crawl runs in the background: wait for its report (the fixture server answers at once). */
  private String awaitReport(EmbeddedServer server, String auth) throws IOException, InterruptedException {
    long giveUp = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < giveUp) {
      HttpResponse<String> response = send(server, "GET", "/api/v1/admin/crawls", auth, null);
      if (response.body().contains("\"source\":\"test-fellowship\"")) {
        return response.body();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no crawl report within 30 s");
  }

  private static EmbeddedServer server(TestDatabase db, Map<String, Object> extra) {
    Map<String, Object> properties = new HashMap<>(db.properties());
    properties.put("micronaut.server.port", -1);
    properties.putAll(extra);
    return ApplicationContext.run(EmbeddedServer.class, properties);
  }

  private HttpResponse<String> send(EmbeddedServer server, String method, String path, String auth, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (auth != null) {
      request.header("Authorization", auth);
    }
    if (body != null) {
      request.header("Content-Type", "application/yaml");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
