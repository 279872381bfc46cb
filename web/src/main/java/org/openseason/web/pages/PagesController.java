package org.openseason.web.pages;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openseason.api.crawl.CrawlAdmin;
import org.openseason.api.guard.Csrf;
import org.openseason.api.links.LinkChecker;
import org.openseason.api.program.ProgramStore;
import org.openseason.api.program.StoredProgram;
import org.openseason.api.search.SearchParameters;
import org.openseason.api.search.SearchService;
import org.openseason.api.system.ApiException;
import org.openseason.domain.InterestVocabulary;
import org.openseason.domain.Slugs;
import org.openseason.index.SearchResult;
import org.openseason.web.account.AccountBar;

/** The web pages: {@code /} searches, {@code /programs/{slug}} shows one program, {@code /admin} the crawls. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class PagesController {

  private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

  private final SearchService search;
  private final ProgramStore store;
  private final InterestVocabulary vocabulary;
  private final SearchPages searchPages;
  private final ProgramPages programPages;
  private final Templates templates;
  private final CrawlAdmin admin;
  private final LinkChecker links;
  private final Clock clock;
  private final org.openseason.api.system.SiteAddress site;
  private final org.openseason.web.structured.StructuredData structured;
  private final org.openseason.api.openapi.OpenApiDocument openApi;
  private final org.openseason.api.submission.Submissions submissions;
  private final Csrf csrf;

  PagesController(
      SearchService search,
      ProgramStore store,
      InterestVocabulary vocabulary,
      SearchPages searchPages,
      ProgramPages programPages,
      Templates templates,
      CrawlAdmin admin,
      LinkChecker links,
      Clock clock,
      org.openseason.api.system.SiteAddress site,
      org.openseason.web.structured.StructuredData structured,
      org.openseason.api.openapi.OpenApiDocument openApi,
      Csrf csrf,
      org.openseason.api.submission.Submissions submissions) {
    this.openApi = openApi;
    this.csrf = csrf;
    this.submissions = submissions;
    this.site = site;
    this.structured = structured;
    this.admin = admin;
    this.links = links;
    this.search = search;
    this.store = store;
    this.vocabulary = vocabulary;
    this.searchPages = searchPages;
    this.programPages = programPages;
    this.templates = templates;
    this.clock = clock;
  }

  @Get(uri = "/", produces = HTML)
  HttpResponse<String> home(HttpRequest<?> request) {
    Map<String, List<String>> params = request.getParameters().asMap();
    Instant now = clock.instant();
    try {
      SearchParameters.Query query = SearchParameters.parse(params, vocabulary, now);
      SearchResult result = search.search(query.request());
      SearchPage page = searchPages.of(params, query, result, programChoices());
      String title = page.q().isEmpty() ? "Open-source programs on OpenSeason" : page.q() + " – OpenSeason";
      String description = result.total() + " open-source internships, mentorships and Summer-of-Code-style programs"
          + ", with their status, deadlines and rules.";
      Head head = Heads.search(site.of(request), params, title, description);
      return html(HttpResponse.ok(), templates.render("search.jte", Map.of("page", page, "head", head)));
    } catch (ApiException e) {
      SearchPage page = searchPages.invalid(e, params, programChoices());
      return html(HttpResponse.badRequest(), templates.render("search.jte", Map.of("page", page)));
    }
  }

  @Get(uri = "/programs/{slug}", produces = HTML)
  HttpResponse<String> program(HttpRequest<?> request, String slug) {
    if (!Slugs.isValid(slug)) {
      throw ApiException.notFound("No program has this identifier.");
    }
    StoredProgram stored =
        store.find(slug).orElseThrow(() -> ApiException.notFound("No program has the identifier '" + slug + "'."));
    ProgramPage page =
        programPages.of(
            stored,
            clock.instant(),
            other -> store.find(other).map(s -> s.program().name()).orElse(other),
            submissions.maintainedByOrganizers(slug));
    String base = site.of(request);
    Head head = Heads.program(base, slug, page.name(), page.summary(),
        Optional.of(structured.program(stored.program(), base, clock.instant())));
    return html(HttpResponse.ok(), templates.render("program.jte", Map.of("page", page, "head", head)));
  }

  /** The browsable API: every operation of the OpenAPI document, its parameters, and the document itself. */
  @Get(uri = "/api", produces = HTML)
  HttpResponse<String> api() {
    return html(HttpResponse.ok(), templates.render("api.jte", openApi.operations()));
  }

  /** The administrators' page; {@code AccountGuard} lets only signed-in administrators reach it. */
  @Get(uri = "/admin", produces = HTML)
  HttpResponse<String> admin(HttpRequest<?> request) {
    AdminPage page = new AdminPage(admin.reports(10), admin.sources(), admin.candidates(), links.flagged());
    return html(HttpResponse.ok(), templates.render("admin.jte",
        Map.of("page", page, "account", AccountBar.of(request, csrf))));
  }

  /** The programs whose past participants some program excludes: the only ones worth asking about. */
  private List<SearchPage.Choice> programChoices() {
    return search.excludingPrograms().entrySet().stream()
        .map(e -> new SearchPage.Choice(e.getKey(), e.getValue()))
        .sorted(java.util.Comparator.comparing(SearchPage.Choice::label))
        .toList();
  }

  private static HttpResponse<String> html(io.micronaut.http.MutableHttpResponse<?> response, String body) {
    return response.body(body).contentType(HTML);
  }
}
