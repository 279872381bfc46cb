package org.openseason.api.submission;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openseason.api.TestDatabase;
import org.openseason.api.program.ProgramStore;
import org.openseason.domain.Program;
import org.openseason.domain.SourceKind;

/** {@code POST /api/v1/submissions} over real HTTP: receipts, per-field refusals, limits and the edit link. */
class SubmissionApiIT {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final AtomicInteger CLIENTS = new AtomicInteger(1);

  private static TestDatabase db;
  private static EmbeddedServer server;
  private static JsonMapper json;

  @BeforeAll
  static void start() {
    db = TestDatabase.h2();
    Map<String, Object> properties = new HashMap<>(db.properties());
    properties.put("micronaut.server.port", -1);
    properties.put("openseason.crawl.scheduled", false);
    // Every test sends from an address of its own, so that the rate limit of one does not reach another.
    properties.put("openseason.trusted-proxies", List.of("127.0.0.1"));
    server = ApplicationContext.run(EmbeddedServer.class, properties);
    json = server.getApplicationContext().getBean(JsonMapper.class);
  }

  @AfterAll
  static void stop() {
    server.getApplicationContext().close();
    db.close();
  }

  static Map<String, Object> listing(String name) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("organizer", "The Example Foundation");
    m.put("homepage", "https://" + name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".example.org/");
    m.put("kind", "mentorship");
    m.put("summary", "Twelve weeks of paid mentorship on the foundation's projects.");
    m.put("description", "We pair *newcomers* with maintainers.\n\n- weekly calls\n- a stipend");
    m.put("interests", List.of("python", "Documentation"));
    m.put("cycles", List.of(Map.of("label", "2027", "milestones", List.of(
        Map.of("kind", "applications", "start", "2027-02-01", "end", "2027-03-01"),
        Map.of("kind", "program", "start", "2027-06-01", "end", "2027-08-31")))));
    m.put("moderator_contact", "maintainers@example.org");
    return m;
  }

  static HttpResponse<String> post(String path, Object body, String client) throws Exception {
    String text = body instanceof String s ? s : json.writeValueAsString(body);
    return CLIENT.send(HttpRequest.newBuilder(URI.create(server.getURI() + path))
        .header("Content-Type", "application/json").header("X-Forwarded-For", client)
        .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(server.getURI() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String newClient() {
    return "198.51.100." + CLIENTS.incrementAndGet();
  }

  static Map<String, Object> read(String body) throws Exception {
    return json.readValue(body, Argument.mapOf(String.class, Object.class));
  }

  @SuppressWarnings("unchecked")
  static Map<String, String> invalidParams(HttpResponse<String> response) throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    for (Object p : (List<Object>) read(response.body()).get("invalid-params")) {
      Map<String, Object> param = (Map<String, Object>) p;
      out.put((String) param.get("name"), (String) param.get("reason"));
    }
    return out;
  }

  private static Submissions submissions() {
    return server.getApplicationContext().getBean(Submissions.class);
  }

  private static Optional<Submission> pendingWithReceipt(String receipt) {
    return submissions().pending().stream().filter(s -> s.receipt().equals(receipt)).findFirst();
  }

  @Test
  void storesAProgramAndAnswers201WithAReceiptAndAPrivateEditLink() throws Exception {
    HttpResponse<String> response = post("/api/v1/submissions", listing("Zephyr Open Mentorship"), newClient());

    assertThat(response.statusCode()).isEqualTo(201);
    Map<String, Object> receipt = read(response.body());
    assertThat(receipt.get("state")).isEqualTo("pending");
    assertThat(receipt.get("kind")).isEqualTo("new-program");
    assertThat(receipt.get("slug")).isEqualTo("zephyr-open-mentorship");
    assertThat((String) receipt.get("edit_token")).hasSize(43);
    assertThat(receipt.get("edit_url")).isEqualTo("/submit/edit/" + receipt.get("edit_token"));

    Submission stored = pendingWithReceipt((String) receipt.get("receipt")).orElseThrow();
    Program proposed = submissions().proposed(stored.id());
    assertThat(proposed.name()).isEqualTo("Zephyr Open Mentorship");
    assertThat(proposed.interests()).as("labels people type become the vocabulary's keys")
        .containsExactly("python", "documentation");
    assertThat(proposed.provenance().source()).isEqualTo(SourceKind.ORGANIZER);
    assertThat(submissions().descriptionHtml(stored.id()))
        .isEqualTo("<p>We pair <em>newcomers</em> with maintainers.</p>\n<ul>\n<li>weekly calls</li>\n<li>a stipend</li>\n</ul>");
    assertThat(submissions().typed(stored.id())).containsEntry("name", "Zephyr Open Mentorship")
        .containsEntry("interests", List.of("python", "Documentation"));
    assertThat(submissions().contact(stored.id())).isEqualTo("maintainers@example.org");
  }

  @Test
  void refusesMissingOversizedAndWrongFieldsWithAMessageForEach() throws Exception {
    Map<String, Object> body = listing("Incomplete Program");
    body.remove("name");
    body.remove("moderator_contact");
    body.put("summary", "x".repeat(301));
    body.put("homepage", "javascript:alert(1)");
    body.put("interests", List.of("python", "underwater-basket-weaving"));
    body.put("cycles", List.of(Map.of("label", "2027", "milestones", List.of(
        Map.of("kind", "applications", "start", "2027-03-01", "end", "2027-02-01"),
        Map.of("kind", "selection", "start", "next spring")))));

    HttpResponse<String> response = post("/api/v1/submissions", body, newClient());

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/problem+json"));
    Map<String, String> params = invalidParams(response);
    assertThat(params).containsKeys("name", "summary", "homepage", "interests", "moderator_contact",
        "cycles[0].milestones[1].start");
    assertThat(params.get("name")).isEqualTo("is required");
    assertThat(params.get("summary")).contains("longer than 300");
    assertThat(params.get("homepage")).contains("https://");
    assertThat(params.get("interests")).contains("underwater-basket-weaving");
    assertThat(params.get("cycles[0].milestones[1].start")).contains("'next spring' is not a date");
  }

  @Test
  void refusesDatesThatMakeNoSense() throws Exception {
    Map<String, Object> body = listing("Backwards Program");
    body.put("cycles", List.of(
        Map.of("label", "2027", "milestones", List.of(
            Map.of("kind", "applications", "start", "2027-03-01", "end", "2027-02-01"))),
        Map.of("label", "2028", "milestones", List.of(
            Map.of("kind", "program-start", "start", "2028-06-01"),
            Map.of("kind", "program-end", "start", "2028-05-01"))),
        Map.of("label", "2029", "milestones", List.of(
            Map.of("kind", "applications", "start", "2029-02-01"),
            Map.of("kind", "application-deadline", "start", "2029-01-15"))),
        Map.of("label", "1999", "milestones", List.of(Map.of("kind", "program-start", "start", "1899-06-01")))));

    Map<String, String> params = invalidParams(post("/api/v1/submissions", body, newClient()));

    assertThat(params.get("cycles[0].milestones[0].end")).contains("before start");
    assertThat(params.get("cycles[1].milestones")).isEqualTo("the program must end after it starts");
    assertThat(params.get("cycles[2].milestones")).isEqualTo("the application deadline must come after applications open");
    assertThat(params.get("cycles[3].milestones")).contains("between 2000 and 2100");
  }

  @Test
  void refusesTooManyIdeasCyclesAndMilestones() throws Exception {
    Map<String, Object> body = listing("Overfull Program");
    List<Object> ideas = new java.util.ArrayList<>();
    for (int i = 0; i < 51; i++) {
      ideas.add(Map.of("title", "Idea " + i));
    }
    List<Object> milestones = new java.util.ArrayList<>();
    for (int i = 0; i < 21; i++) {
      milestones.add(Map.of("kind", "other", "start", "2027-01-" + String.format("%02d", i + 1)));
    }
    body.put("cycles", List.of(Map.of("label", "2027", "ideas", ideas, "milestones", milestones)));

    Map<String, String> params = invalidParams(post("/api/v1/submissions", body, newClient()));

    assertThat(params.get("cycles")).contains("51 project ideas", "at most 50");
    assertThat(params.get("cycles[0].milestones")).contains("21 milestones", "at most 20");
  }

  @Test
  void answers413ToABodyOverTheLimit() throws Exception {
    Map<String, Object> body = listing("Huge Program");
    body.put("description", "word ".repeat(60_000));

    HttpResponse<String> response = post("/api/v1/submissions", body, newClient());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(read(response.body()).get("detail").toString()).contains("at most 256 KB");
  }

  @Test
  void answers429WithRetryAfterOnceAClientSentItsHourlyAllowance() throws Exception {
    String client = newClient();
    for (int i = 0; i < 5; i++) {
      assertThat(post("/api/v1/submissions", listing("Rate Program " + i), client).statusCode()).isEqualTo(201);
    }

    HttpResponse<String> sixth = post("/api/v1/submissions", listing("Rate Program 5"), client);

    assertThat(sixth.statusCode()).isEqualTo(429);
    assertThat(Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow())).isBetween(3_000L, 3_600L);
    assertThat(post("/api/v1/submissions", listing("Rate Program 6"), newClient()).statusCode())
        .as("another client").isEqualTo(201);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1/", "http://localhost:8080/admin", "http://[::1]/", "http://10.0.0.5/",
      "http://169.254.169.254/latest/meta-data", "http://2130706433/", "http://intranet/",
      "https://printer.local/", "http://[::ffff:192.168.0.1]/", "http://192.168.1.1:8080/"})
  void refusesLinksToInternalAddresses(String url) throws Exception {
    Map<String, Object> body = listing("Internal Program");
    body.put("homepage", url);
    body.put("rules", url);

    Map<String, String> params = invalidParams(post("/api/v1/submissions", body, newClient()));

    assertThat(params.get("homepage")).contains("internal address");
    assertThat(params.get("rules")).contains("internal address");
  }

  @Test
  void answersABotThatFilledTheHoneypotLikeAPersonAndKeepsNothing() throws Exception {
    Map<String, Object> body = listing("Honeypot Program");
    body.put("website", "http://spam.example/");

    HttpResponse<String> response = post("/api/v1/submissions", body, newClient());

    assertThat(response.statusCode()).isEqualTo(201);
    Map<String, Object> receipt = read(response.body());
    assertThat(pendingWithReceipt((String) receipt.get("receipt"))).isEmpty();
    assertThat(submissions().pending()).noneMatch(s -> s.proposedSlug().startsWith("honeypot-program"));
    assertThat(get("/api/v1/submissions/edit/" + receipt.get("edit_token")).statusCode()).isEqualTo(404);
  }

  @Test
  void offersAnEditInsteadOfASecondCopyOfAListedProgram() throws Exception {
    Map<String, Object> byName = listing("Google Summer of Code");
    Map<String, Object> byHomepage = listing("GSoC, but spelled differently");
    byHomepage.put("homepage", "https://summerofcode.withgoogle.com/");

    for (Map<String, Object> body : List.of(byName, byHomepage)) {
      HttpResponse<String> response = post("/api/v1/submissions", body, newClient());
      assertThat(response.statusCode()).isEqualTo(409);
      assertThat(invalidParams(response)).containsEntry("target", "google-summer-of-code");
      assertThat(read(response.body()).get("detail").toString()).contains("propose an edit");
    }

    byName.put("target", "google-summer-of-code");
    byName.put("proposal", "new-cycle");
    HttpResponse<String> edit = post("/api/v1/submissions", byName, newClient());
    assertThat(edit.statusCode()).isEqualTo(201);
    assertThat(read(edit.body())).containsEntry("kind", "new-cycle").containsEntry("slug", "google-summer-of-code");
  }

  @Test
  void theEditLinkProposesRevisionsThatSupersedeThePendingOne() throws Exception {
    Map<String, Object> first = read(post("/api/v1/submissions", listing("Revised Program"), newClient()).body());
    String token = (String) first.get("edit_token");

    HttpResponse<String> draft = get("/api/v1/submissions/edit/" + token);
    assertThat(draft.statusCode()).isEqualTo(200);
    assertThat(draft.body()).contains("\"name\":\"Revised Program\"").doesNotContain("maintainers@example.org");

    Map<String, Object> changed = listing("Revised Program");
    changed.remove("moderator_contact");
    changed.put("summary", "Now sixteen weeks.");
    HttpResponse<String> second = post("/api/v1/submissions/edit/" + token, changed, newClient());
    assertThat(second.statusCode()).isEqualTo(201);
    String secondReceipt = (String) read(second.body()).get("receipt");

    Submission old = submissions().find(submissions().pending().stream().filter(s -> s.receipt().equals(secondReceipt))
        .findFirst().orElseThrow().id() - 1).orElseThrow();
    assertThat(old.receipt()).isEqualTo(first.get("receipt"));
    assertThat(old.state()).isEqualTo(SubmissionState.SUPERSEDED);
    assertThat(pendingWithReceipt(secondReceipt).map(s -> submissions().proposed(s.id()).summary()))
        .hasValue("Now sixteen weeks.");
    assertThat(read(get("/api/v1/submissions/edit/" + token).body())).containsEntry("receipt", secondReceipt);
    assertThat(submissions().contact(pendingWithReceipt(secondReceipt).orElseThrow().id()))
        .as("kept from the first revision").isEqualTo("maintainers@example.org");
  }

  @ParameterizedTest
  @ValueSource(strings = {"not-a-token", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "%27%20OR%201=1"})
  void aWrongEditLinkIs404(String token) throws Exception {
    assertThat(get("/api/v1/submissions/edit/" + token).statusCode()).isEqualTo(404);
    assertThat(post("/api/v1/submissions/edit/" + token, listing("Anything"), newClient()).statusCode())
        .isEqualTo(404);
  }

  @Test
  void onlyAPendingRevisionCanBeDecided() throws Exception {
    String receipt = (String) read(post("/api/v1/submissions", listing("Decided Program"), newClient()).body())
        .get("receipt");
    long id = pendingWithReceipt(receipt).orElseThrow().id();

    Submission approved = submissions().decide(id, SubmissionState.APPROVED, "moderator-ann", "looks right");

    assertThat(approved.state()).isEqualTo(SubmissionState.APPROVED);
    assertThat(approved.decidedBy()).hasValue("moderator-ann");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> submissions().decide(id, SubmissionState.REJECTED, "moderator-bob", "no"))
        .hasMessageContaining("already approved");
  }

  @Test
  void theModeratorContactIsInNoPublicAnswer() throws Exception {
    Map<String, Object> body = listing("Private Contact Program");
    body.put("moderator_contact", "only-for-moderators-7731@example.org");
    String receipt = (String) read(post("/api/v1/submissions", body, newClient()).body()).get("receipt");
    long id = pendingWithReceipt(receipt).orElseThrow().id();
    ProgramStore store = server.getApplicationContext().getBean(ProgramStore.class);
    store.save(submissions().proposed(id), SourceKind.ORGANIZER, Optional.empty(), "approved in a test");
    Thread.sleep(500);

    for (String path : List.of("/api/v1/programs/private-contact-program", "/api/v1/programs?q=private+contact",
        "/export/programs.json", "/export/programs.csv", "/feeds/programs.atom",
        "/calendar/programs/private-contact-program.ics")) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.body()).as(path).doesNotContain("only-for-moderators-7731");
    }
    assertThat(get("/api/v1/programs/private-contact-program").body()).contains("Private Contact Program");
  }
}
