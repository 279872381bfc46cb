package org.openseason.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.openseason.api.program.ProgramStore;
import org.openseason.domain.Lifecycle;
import org.openseason.domain.Program;
import org.openseason.domain.SourceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON API over real HTTP on loopback, with the bundled catalog on H2. */
class HttpApiIT {

  private static TestDatabase db;
  private static EmbeddedServer server;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    db = TestDatabase.h2();
    Map<String, Object> properties = new HashMap<>(db.properties());
    properties.put("micronaut.server.port", -1);
    server = ApplicationContext.run(EmbeddedServer.class, properties);
  }

  @AfterAll
  static void stop() {
    server.getApplicationContext().close();
    db.close();
  }

  static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    URI uri = URI.create(server.getURI() + pathAndQuery);
    return CLIENT.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void searchesTheCatalogWithFacets() throws Exception {
    HttpResponse<String> response = get("/api/v1/programs?q=mentorship");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(response.body()).contains("\"slug\":\"scicloj-mentoring\"", "\"facets\"", "\"kind\":[", "\"interest\":[");
  }

  @Test
  void answersASearchAskedAgainWithAChangeMadeInBetween() throws Exception {
    String url = "/api/v1/programs?q=scicloj&lifecycle=paused";
    assertThat(get(url).body()).contains("\"total\":0");
    ProgramStore store = server.getApplicationContext().getBean(ProgramStore.class);
    Program scicloj = store.find("scicloj-mentoring").orElseThrow().program();
    try {
      store.save(scicloj.withLifecycle(Lifecycle.PAUSED), SourceKind.MODERATOR, Optional.empty(), "paused");

      assertThat(get(url).body()).contains("\"total\":1", "\"slug\":\"scicloj-mentoring\"");
    } finally {
      store.save(scicloj, SourceKind.MODERATOR, Optional.empty(), "running again");
    }
    assertThat(get(url).body()).contains("\"total\":0");
  }

  @Test
  void filtersByFacetsAndRepeatsValues() throws Exception {
    HttpResponse<String> response = get("/api/v1/programs?kind=internship&kind=fellowship&size=100");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"slug\":\"outreachy\"").doesNotContain("\"kind\":\"mentorship\",\"summary\"");
  }

  @Test
  void servesTheWholeListing() throws Exception {
    HttpResponse<String> response = get("/api/v1/programs/scicloj-mentoring");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"rolling\":true", "\"ideas\":[", "\"eligibility\"", "\"provenance\"",
        "\"status\":{\"key\":\"rolling\"");
  }

  @Test
  void answersAnUnknownProgramWithA404Problem() throws Exception {
    HttpResponse<String> response = get("/api/v1/programs/no-such-program");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("content-type")).contains("application/problem+json");
    assertThat(response.body()).contains("\"status\":404", "no-such-program");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "/api/v1/programs?colour=red",
    "/api/v1/programs?kind=bootcamp",
    "/api/v1/programs?page=-1",
    "/api/v1/programs?page=1000000000",
    "/api/v1/programs?size=abc",
    "/api/v1/programs?sort=random",
    "/api/v1/programs?q=%FF%FE%FD",
    "/api/v1/programs?interest=%C3%28",
    "/api/v1/programs?q=a&q=b",
    "/api/v1/programs/%00",
    "/api/v1/programs?age=200",
    "/api/v1/programs?age=-3",
    "/api/v1/programs?country=XX",
    "/api/v1/programs?country=Narnia",
    "/api/v1/programs?student=maybe",
    "/api/v1/programs?hours=1000",
    "/api/v1/programs?eligibility=perhaps",
    "/api/v1/programs?birthdate=31-12-2000",
    "/api/v1/programs?participated=Not%20A%20Slug",
    "/api/v1/programs?region=atlantis",
    "/api/v1/suggest?q=a&colour=red",
    "/api/v1/projects?page=0",
    "/api/v1/projects?program=%3Cscript%3E",
  })
  void answersBadInputWithA4xxProblemNeverA500(String path) throws Exception {
    HttpResponse<String> response = get(path);

    assertThat(response.statusCode()).as(path).isBetween(400, 499);
    assertThat(response.headers().firstValue("content-type")).as(path).contains("application/problem+json");
    assertThat(response.body()).doesNotContain("Exception", "at org.", "at io.");
  }

  @Test
  void judgesEligibilityWithReasonsWhenAProfileIsGiven() throws Exception {
    HttpResponse<String> response =
        get("/api/v1/programs?q=rust&age=17&student=yes&country=IN&hours=15&eligibility=eligible-or-maybe");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"eligibility\":{\"verdict\":", "\"reasons\":[", "\"reference_date\":")
        .doesNotContain("\"verdict\":\"not_eligible\"");
  }

  @Test
  void filtersToOnlyEligiblePrograms() throws Exception {
    HttpResponse<String> all = get("/api/v1/programs?age=16&size=100");
    HttpResponse<String> eligible = get("/api/v1/programs?age=16&student=yes&country=IN&hours=10&eligibility=eligible&size=100");

    assertThat(eligible.statusCode()).isEqualTo(200);
    assertThat(total(eligible.body())).isLessThan(total(all.body())).isPositive();
    assertThat(eligible.body()).doesNotContain("\"verdict\":\"maybe\"", "\"verdict\":\"not_eligible\"");
  }

  @Test
  void correctsATypoAndSaysSo() throws Exception {
    HttpResponse<String> response = get("/api/v1/programs?q=outreachey");

    assertThat(response.body()).contains("\"slug\":\"outreachy\"", "\"did_you_mean\":\"outreachy\"", "\"corrected\":true");
  }

  @Test
  void suggestsAsYouType() throws Exception {
    HttpResponse<String> response = get("/api/v1/suggest?q=outr");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"text\":\"Outreachy\"", "\"kind\":\"program\"", "\"url\":\"/programs/outreachy\"");
  }

  @Test
  void searchesProjectIdeas() throws Exception {
    HttpResponse<String> response = get("/api/v1/projects?q=dataframe&program=scicloj-mentoring");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"program\":\"scicloj-mentoring\"", "\"title\":");
    assertThat(total(response.body())).isPositive();
  }

  @Test
  void rollsMatchingIdeasUpToPrograms() throws Exception {
    assertThat(get("/api/v1/programs?q=clojure").body()).contains("\"matching_ideas\":{\"count\":");
  }

  private static long total(String json) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"total\":(\\d+)").matcher(json);
    assertThat(m.find()).isTrue();
    return Long.parseLong(m.group(1));
  }

  @Test
  void answersATenKilobyteQueryWithA400() throws Exception {
    HttpResponse<String> response = get("/api/v1/programs?q=" + "a".repeat(10_240));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("longer than 500");
  }

  @ParameterizedTest
  @ValueSource(strings = {"title:(a OR b)^3", "\"unclosed", "*", "c++ AND -", "[1 TO 2]", "%5C", "%E2%80%AE"})
  void treatsLuceneSyntaxAsPlainText(String q) throws Exception {
    String encoded = q.startsWith("%") ? q : java.net.URLEncoder.encode(q, StandardCharsets.UTF_8);
    assertThat(get("/api/v1/programs?q=" + encoded).statusCode()).isEqualTo(200);
  }

  @Test
  void clampsAHugeSize() throws Exception {
    HttpResponse<String> response = get("/api/v1/programs?size=1000000");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"size\":100");
  }

  @Test
  void refusesAMalformedPathWithA400() throws Exception {
    assertThat(rawStatusLine("GET /<00/0 HTTP/1.1")).contains(" 400 ");
  }

  @Test
  void reportsHealth() throws Exception {
    HttpResponse<String> response = get("/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"status\":\"UP\"", "\"database\":{\"status\":\"UP\"", "\"index\":{\"status\":\"UP\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/programs", "/api/v1/programs/nope", "/health", "/no-such-route"})
  void sendsSecurityHeadersOnEveryResponse(String path) throws Exception {
    HttpResponse<String> response = get(path);

    assertThat(response.headers().firstValue("x-content-type-options")).contains("nosniff");
    assertThat(response.headers().firstValue("content-security-policy")).hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'"));
    assertThat(response.headers().firstValue("x-frame-options")).contains("DENY");
  }

  private static String rawStatusLine(String requestLine) throws IOException {
    try (Socket socket = new Socket(server.getHost(), server.getPort())) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      return response.lines().findFirst().orElse("");
    }
  }
}
