package org.openseason.api.crawl;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.openseason.api.system.ApiException;
import org.openseason.api.system.Problem.InvalidParam;
import org.openseason.crawler.source.SourceFileException;

/**
 * The crawl's administration API, behind an administrator's API token ({@code AccountGuard}): sources and their
 * health, crawl reports, candidates for new listings, and starting a crawl.
 */
@Controller("/api/v1/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
class CrawlAdminController {

  private static final int MAX_REPORTS = 100;

  private final CrawlAdmin admin;
  private final ExecutorService background;

  CrawlAdminController(CrawlAdmin admin, @Named(TaskExecutors.BLOCKING) ExecutorService background) {
    this.admin = admin;
    this.background = background;
  }

  @Get(uri = "/sources", produces = MediaType.APPLICATION_JSON)
  List<CrawlAdmin.SourceView> sources() {
    return admin.sources();
  }

  /** Adds a source: its definition in YAML, as in crawler/README.md. */
  @Post(uri = "/sources", consumes = {"application/yaml", "application/x-yaml", MediaType.TEXT_PLAIN},
      produces = MediaType.APPLICATION_JSON)
  HttpResponse<CrawlAdmin.SourceView> addSource(@Body @Nullable String yaml) {
    if (yaml == null || yaml.isBlank()) {
      throw ApiException.badParameters(List.of(new InvalidParam("body", "is empty: send the source as YAML")));
    }
    try {
      CrawlAdmin.SourceView added = admin.add(yaml);
      return HttpResponse.created(added).header("Location", "/api/v1/admin/sources/" + added.id());
    } catch (SourceFileException e) {
      String field = e.field().isEmpty() ? "body" : e.field();
      throw ApiException.badParameters(List.of(new InvalidParam(field, e.getMessage())));
    } catch (IllegalStateException e) {
      throw new ApiException(409, "Conflict", e.getMessage(), List.of());
    }
  }

  @Get(uri = "/sources/{id}", produces = MediaType.APPLICATION_JSON)
  CrawlAdmin.SourceView source(@PathVariable String id) {
    return admin.source(id).orElseThrow(() -> ApiException.notFound("no source has the id '" + id + "'"));
  }

  @Get(uri = "/crawls", produces = MediaType.APPLICATION_JSON)
  List<CrawlReport> crawls(@QueryValue(defaultValue = "20") String limit) {
    return admin.reports(limitOf(limit));
  }

  @Get(uri = "/crawls/{id}", produces = MediaType.APPLICATION_JSON)
  CrawlReport crawl(@PathVariable String id) {
    try {
      return admin.report(Long.parseLong(id)).orElseThrow(() -> ApiException.notFound("no crawl has the id " + id));
    } catch (NumberFormatException e) {
      throw ApiException.badParameters(List.of(new InvalidParam("id", "'" + id + "' is not a crawl id")));
    }
  }

  /** Starts a crawl of the due sources, of every source ({@code all=true}) or of one; answers at once. */
  @Post(uri = "/crawls", produces = MediaType.APPLICATION_JSON)
  HttpResponse<Map<String, Object>> start(@QueryValue @Nullable String source, @QueryValue @Nullable String all) {
    if (all != null && !all.equals("true") && !all.equals("false")) {
      throw ApiException.badParameters(List.of(new InvalidParam("all", "must be true or false")));
    }
    if (source != null && admin.source(source).isEmpty()) {
      throw ApiException.notFound("no source has the id '" + source + "'");
    }
    if (admin.crawling()) {
      throw new ApiException(409, "Conflict", "a crawl is already running", List.of());
    }
    CrawlService.Request request = new CrawlService.Request("admin", source == null ? List.of() : List.of(source), "true".equals(all));
    background.submit(() -> admin.crawl(request));
    return HttpResponse.accepted().body(Map.of("status", "started", "reports", "/api/v1/admin/crawls"));
  }

  @Get(uri = "/candidates", produces = MediaType.APPLICATION_JSON)
  List<CrawlAdmin.CandidateView> candidates() {
    return admin.candidates();
  }

  private static int limitOf(String text) {
    try {
      int limit = Integer.parseInt(text);
      if (limit >= 1 && limit <= MAX_REPORTS) {
        return limit;
      }
    } catch (NumberFormatException ignored) {
      // answered below
    }
    throw ApiException.badParameters(List.of(new InvalidParam("limit", "must be a number from 1 to " + MAX_REPORTS)));
  }
}
