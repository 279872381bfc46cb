package org.openseason.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openseason.api.submission.Submission;
import org.openseason.api.submission.Submissions;
import org.openseason.crawler.testing.FixtureServer;

/**
 * An organizer in real Chromium: fills the form, gets messages next to the fields, previews, sends, keeps the edit
 * link and proposes a change with it, proves they run the program. Then a list of XSS payloads in every field,
 * checked on every page that shows them: nothing runs, no element carries a handler or a script URL.
 */
class SubmissionBrowserIT {

  /** Finds what could run: handlers, script URLs, and elements that user text must never become. */
  private static final String DANGERS = """
      () => {
        const bad = [];
        const urls = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'background', 'poster'];
        for (const el of document.querySelectorAll('*')) {
          for (const a of el.attributes) {
            const name = a.name.toLowerCase();
            const value = a.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
            if (name.startsWith('on')) bad.push(el.tagName + ' ' + name);
            if (name === 'srcdoc') bad.push(el.tagName + ' srcdoc');
            if (urls.includes(name) && /^(javascript|vbscript|data):/.test(value)) bad.push(el.tagName + ' ' + name + '=' + a.value);
          }
        }
        document.querySelectorAll('script:not([src]):not([type="application/ld+json"]), iframe, object, embed, base, meta[http-equiv], svg script')
          .forEach(e => bad.push('element ' + e.tagName));
        return bad;
      }""";

  private static TestApp app;
  private static FixtureServer homepage;
  private static Playwright playwright;
  private static Browser browser;
  private static BrowserContext context;
  /** A moderator signed in through the form, in a browser of their own. */
  private static BrowserContext moderator;
  private static final String MODERATOR = "grace";
  private static final String MODERATOR_PASSWORD = "a passphrase for the moderator";
  private static final List<String> dialogs = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() {
    Chromium.requireOrSkip("submission browser tests");
    homepage = FixtureServer.start();
    app = new TestApp(Map.of("openseason.submissions.per-hour", 1_000, "openseason.crawl.scheduled", false,
        "openseason.crawl.host-delay", "0s", "openseason.crawl.allow-internal", List.of(homepage.hostPort().toString())));
    playwright = Chromium.playwright();
    browser = Chromium.launch(playwright);
    context = browser.newContext();
    context.addInitScript("window.__pwned = 0;");
    app.createAccount(MODERATOR, MODERATOR_PASSWORD);
    moderator = browser.newContext();
    moderator.addInitScript("window.__pwned = 0;");
    moderator.onDialog(dialog -> {
      dialogs.add("moderator: " + dialog.message());
      dialog.dismiss();
    });
    context.onDialog(dialog -> {
      dialogs.add(dialog.message());
      dialog.dismiss();
    });
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
    if (app != null) {
      app.close();
    }
    if (homepage != null) {
      homepage.close();
    }
  }

  @Test
  void anOrganizerSubmitsPreviewsAndLaterEditsTheirProgram() throws Exception {
    try (Page page = context.newPage()) {
      page.navigate(app.base() + "/");
      page.click("text=Submit a program");
      page.waitForURL("**/submit");
      page.fill("#f-name", "Lighthouse Mentorship");
      page.fill("#f-organizer", "Lighthouse Collective");
      page.fill("#f-homepage", homepage.uri("/").toString());
      page.selectOption("#f-kind", "mentorship");
      page.fill("#f-description", "Mentors meet *weekly*.\n\n- code review\n- pairing");
      page.fill("#f-interests", "python, documentation");
      page.fill("#f-cycles-0-label", "2027");
      page.selectOption("#f-cycles-0-milestones-0-kind", "applications");
      page.fill("#f-cycles-0-milestones-0-start", "2027-03-01");
      page.fill("#f-cycles-0-milestones-0-end", "2027-02-01");
      page.fill("#f-moderator_contact", "team@lighthouse.example");
      page.click("button[value=preview]");

      assertThat(page.locator("[data-field=summary]").textContent()).isEqualTo("is required");
      assertThat(page.locator("[data-field='cycles[0].milestones[0].end']").textContent()).contains("before start");
      assertThat(page.inputValue("#f-name")).as("what was typed is kept").isEqualTo("Lighthouse Mentorship");
      assertThat(page.inputValue("#f-description")).isEqualTo("Mentors meet *weekly*.\n\n- code review\n- pairing");

      page.fill("#f-summary", "Twelve weeks with a mentor from the collective.");
      page.fill("#f-cycles-0-milestones-0-end", "2027-04-01");
      int ideaRows = page.locator("input[name$='.title']").count();
      page.click("button[value=more]");
      assertThat(page.locator("input[name$='.title']").count()).as("more rows").isGreaterThan(ideaRows);
      page.fill("#f-cycles-0-ideas-0-title", "Port the site to Python 3.13");
      page.click("button[value=preview]");
      assertThat(page.locator("article.program h1").count()).as("%s", page.locator("body").innerText()).isOne();

      assertThat(page.locator("article.program h1").textContent()).isEqualTo("Lighthouse Mentorship");
      assertThat(page.locator("article.program .description em").textContent()).isEqualTo("weekly");
      assertThat(page.locator("article.program .description li").count()).isEqualTo(2);
      page.click("button[value=edit]");
      assertThat(page.inputValue("#f-summary")).isEqualTo("Twelve weeks with a mentor from the collective.");
      page.click("button[value=preview]");
      page.click("button[value=send]");

      String receipt = page.locator(".receipt-id").textContent();
      assertThat(receipt).matches("OS-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");
      String editLink = page.locator("a.edit-link").getAttribute("href");
      assertThat(editLink).matches("/submit/edit/[A-Za-z0-9_-]{43}");
      String meta = page.locator(".verification-meta").textContent();
      Submission first = pending(receipt).orElseThrow();
      assertThat(submissions().proposed(first.id()).ideas().map(i -> i.title()).toList())
          .containsExactly("Port the site to Python 3.13");

      page.navigate(app.base() + editLink);
      assertThat(page.inputValue("#f-name")).isEqualTo("Lighthouse Mentorship");
      assertThat(page.inputValue("#f-cycles-0-milestones-0-end")).isEqualTo("2027-04-01");
      assertThat(page.locator(".edit-status .state").textContent()).isEqualTo("pending");
      page.fill("#f-summary", "Sixteen weeks with a mentor from the collective.");
      page.click("button[value=preview]");
      page.click("button[value=send]");
      String second = page.locator(".receipt-id").textContent();
      assertThat(pending(receipt)).as("superseded").isEmpty();
      assertThat(submissions().proposed(pending(second).orElseThrow().id()).summary())
          .isEqualTo("Sixteen weeks with a mentor from the collective.");

      homepage.route("/", FixtureServer.text(200, "text/html",
          "<!DOCTYPE html><html><head><title>Lighthouse</title>" + meta + "</head><body>Hi</body></html>"));
      page.navigate(app.base() + editLink);
      page.click("text=Check now");
      assertThat(page.locator(".notice").textContent()).contains("Found on " + homepage.uri("/"));
      assertThat(page.locator(".verified").count()).isEqualTo(1);

      publish(pending(second).orElseThrow());
      long approvedAt = System.nanoTime();
      boolean searchable = false;
      while (!searchable && System.nanoTime() - approvedAt < 1_000_000_000L) {
        searchable = app.get("/api/v1/programs?q=lighthouse", "application/json").body()
            .contains("lighthouse-mentorship");
      }
      assertThat(searchable).as("searchable within a second of the moderator's approval").isTrue();
      page.navigate(app.base() + "/programs/lighthouse-mentorship");
      assertThat(page.locator(".maintained").textContent()).isEqualTo("Maintained by its organizers");
      assertThat(page.locator(".description li").count()).isEqualTo(2);
    }
  }

  @Test
  void noneOfTheXssPayloadsRunsOnAnyPageThatShowsThem() throws Exception {
    List<String> payloads = XssPayloads.all();
    assertThat(payloads.size()).isGreaterThanOrEqualTo(200);
    List<String> singleLine = new ArrayList<>(payloads.stream().filter(p -> !p.contains("\n"))
        .sorted(java.util.Comparator.comparing(p -> p.startsWith("=") ? 0 : "+-@\t".indexOf(p.charAt(0)) >= 0 ? 1 : 2))
        .toList());
    List<String> multiLine = new ArrayList<>(payloads.stream().filter(p -> p.contains("\n")).toList());
    List<String> lineSlots = List.of("organizer", "aliases", "summary", "how_to_apply", "contact",
        "participation.location", "participation.schedule", "compensation.notes", "eligibility.prerequisites",
        "eligibility.other_rules", "cycles[0].label", "cycles[0].milestones[0].label", "cycles[0].ideas[0].title",
        "cycles[0].ideas[0].project", "cycles[0].ideas[0].difficulty", "cycles[0].ideas[0].size",
        "cycles[0].ideas[0].skills", "cycles[0].ideas[1].title", "cycles[0].ideas[1].project",
        "cycles[0].ideas[2].title", "cycles[0].ideas[2].project", "name");
    List<String> areaSlots = List.of("description", "cycles[0].ideas[0].description",
        "cycles[0].ideas[1].description", "cycles[0].ideas[2].description");
    List<String> slugs = new ArrayList<>();
    Map<String, String> organizers = new LinkedHashMap<>();
    int used = 0;
    try (Page page = context.newPage()) {
      for (int batch = 0; !singleLine.isEmpty() || !multiLine.isEmpty(); batch++) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String slot : lineSlots) {
          if (!singleLine.isEmpty()) {
            fields.put(slot, singleLine.remove(0));
            used++;
          }
        }
        for (String slot : areaSlots) {
          List<String> from = !multiLine.isEmpty() ? multiLine : singleLine;
          if (!from.isEmpty()) {
            fields.put(slot, from.remove(0));
            used++;
          }
        }
        String marker = "xssmarker" + batch;
        fields.put("name", "XSS batch " + batch + " " + fields.getOrDefault("name", ""));
        fields.put("summary", fields.getOrDefault("summary", "") + " " + marker);
        fields.putIfAbsent("organizer", "Organizer " + batch);
        fields.putIfAbsent("cycles[0].label", "2027");
        fields.putIfAbsent("cycles[0].ideas[0].title", "Idea");
        fields.putIfAbsent("cycles[0].ideas[1].title", "Idea");
        fields.putIfAbsent("cycles[0].ideas[2].title", "Idea");
        fields.put("homepage", "https://xss-" + batch + ".example.org/");
        fields.put("kind", "mentorship");
        fields.put("interests", "python");
        fields.put("compensation.kind", "stipend");
        fields.put("cycles[0].milestones[0].kind", "application-deadline");
        fields.put("cycles[0].milestones[0].start", "2027-03-01");
        fields.put("moderator_contact", "xss@example.org");

        page.navigate(app.base() + "/submit");
        page.evaluate("fields => { const form = document.querySelector('form.submission');"
            + " for (const [name, value] of Object.entries(fields)) {"
            + "   let el = form.elements.namedItem(name);"
            + "   if (!el) { el = document.createElement('textarea'); el.name = name; el.hidden = true; form.appendChild(el); }"
            + "   el.value = value; } }", fields);
        page.click("button[value=preview]");
        assertThat(page.locator("article.program h1").count()).as("batch %d previewed: %s", batch,
            page.locator(".error-summary").count() > 0 ? page.locator(".error-summary").textContent() : "").isEqualTo(1);
        assertSafe(page, "preview " + batch);
        assertThat(page.locator("article.program h1").textContent()).isEqualTo(fields.get("name").strip());

        page.click("button[value=send]");
        assertSafe(page, "receipt " + batch);
        String receipt = page.locator(".receipt-id").textContent();
        page.click("a.edit-link");
        assertSafe(page, "edit form " + batch);
        assertThat(page.inputValue("#f-organizer")).isEqualTo(fields.get("organizer").strip());

        Submission submission = pending(receipt).orElseThrow();
        publish(submission);
        String slug = submission.proposedSlug();
        slugs.add(slug);
        organizers.put(slug, fields.get("organizer").strip());
        page.navigate(app.base() + "/programs/" + slug);
        assertSafe(page, "program page " + batch);
        assertThat(page.locator("article.program h1").textContent()).isEqualTo(fields.get("name").strip());
        assertThat(page.locator(".description").count() + page.locator("article.program").count()).isPositive();

        searchUntilFound(page, marker, slug);
        assertSafe(page, "search " + batch);
        page.navigate(app.base() + "/embed/programs?program=" + slug);
        assertSafe(page, "embed " + batch);
        assertThat(page.content()).contains(slug);
      }
    }
    assertThat(used).isEqualTo(payloads.size());

    JsonMapper json = app.bean(JsonMapper.class);
    Map<String, Object> export = json.readValue(app.get("/export/programs.json", "application/json").body(),
        Argument.mapOf(String.class, Object.class));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> programs = (List<Map<String, Object>>) export.get("programs");
    for (String slug : slugs) {
      Map<String, Object> listed = programs.stream().filter(p -> slug.equals(p.get("slug"))).findFirst().orElseThrow();
      assertThat(listed.get("organizer")).as("exported as typed").isEqualTo(organizers.get(slug));
      assertThat(listed).doesNotContainKey("moderator_contact");
    }
    String csv = app.get("/export/programs.csv", "text/csv").body();
    List<List<String>> rows = Csv.parse(csv);
    List<List<String>> ours = rows.stream().filter(r -> slugs.contains(r.get(0))).toList();
    assertThat(ours).hasSize(slugs.size());
    for (List<String> row : ours) {
      for (String cell : row) {
        assertThat(cell).as("a cell a spreadsheet would run").doesNotStartWith("=").doesNotStartWith("+")
            .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t");
      }
    }
    for (List<String> row : ours) {
      String organizer = organizers.get(row.get(0));
      assertThat(row.get(2)).as("the organizer, as text").isEqualTo(
          "=+-@".indexOf(organizer.charAt(0)) >= 0 ? "'" + organizer : organizer);
    }
    assertThat(organizers.values()).as("a formula was among them").anyMatch(o -> o.startsWith("="));
    assertThat(csv).doesNotContain("xss@example.org");
  }

  private static void assertSafe(Page page, String where) {
    page.waitForLoadState();
    page.waitForTimeout(50);
    assertThat(page.evaluate("() => window.__pwned")).as("script ran on the %s", where).isEqualTo(0);
    assertThat(dialogs).as("dialog on the %s", where).isEmpty();
    @SuppressWarnings("unchecked")
    List<String> dangers = (List<String>) page.evaluate(DANGERS);
    assertThat(dangers).as("dangerous markup on the %s", where).isEmpty();
  }

  private static void searchUntilFound(Page page, String words, String slug) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    do {
      page.navigate(app.base() + "/?q=" + words);
      if (page.locator("a[href='/programs/" + slug + "']").count() > 0) {
        return;
      }
      Thread.sleep(100);
    } while (System.nanoTime() < deadline);
    throw new AssertionError(slug + " never appeared in the search for " + words);
  }

  private static Submissions submissions() {
    return app.bean(Submissions.class);
  }

  private static Optional<Submission> pending(String receipt) {
    return submissions().pending().stream().filter(s -> s.receipt().equals(receipt)).findFirst();
  }

  /**
   * A moderator opens the submission in the queue, reads its review page (checked like every other page that shows
   * the submitted text) and approves it.
   */
  private static void publish(Submission submission) {
    try (Page page = moderator.newPage()) {
      page.navigate(app.base() + "/admin/queue/" + submission.id());
      if (page.url().contains("/login")) {
        page.fill("#name", MODERATOR);
        page.fill("#password", MODERATOR_PASSWORD);
        page.click("form.account-form button[type=submit]");
        page.waitForURL("**/admin/queue/" + submission.id());
      }
      assertSafe(page, "moderation review of submission " + submission.id());
      assertThat(page.locator("table.diff tbody tr").count()).as("the diff").isPositive();
      page.navigate(app.base() + "/admin/queue");
      assertSafe(page, "moderation queue");
      page.navigate(app.base() + "/admin/queue/" + submission.id());
      page.check("input[name=decision][value=approve]");
      page.click("form.decision button[type=submit]");
      page.waitForURL("**/admin/queue?decided=" + submission.id());
      page.navigate(app.base() + "/admin/audit");
      assertSafe(page, "audit log");
    }
  }

  /** RFC 4180 rows, enough to read the export back. */
  static final class Csv {
    static List<List<String>> parse(String text) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            cell.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          row.add(cell.toString());
          cell.setLength(0);
        } else if (c == '\n') {
          row.add(cell.toString().replaceAll("\r$", ""));
          cell.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
        } else {
          cell.append(c);
        }
      }
      return rows;
    }
  }
}
