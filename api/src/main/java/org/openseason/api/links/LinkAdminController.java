package org.openseason.api.links;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.openseason.api.system.ApiException;

/** {@code /api/v1/admin/links}: the last check of every listing's links, and a check started now (admins only). */
@Controller("/api/v1/admin/links")
@ExecuteOn(TaskExecutors.BLOCKING)
class LinkAdminController {

  private final LinkChecker checker;
  private final ExecutorService background;

  LinkAdminController(LinkChecker checker, @Named(TaskExecutors.BLOCKING) ExecutorService background) {
    this.checker = checker;
    this.background = background;
  }

  /** Every checked link, the gone, unreachable and unchecked ones first. */
  @Get(produces = MediaType.APPLICATION_JSON)
  List<LinkChecker.LinkView> links() {
    return checker.all();
  }

  /** Starts a check of every link; answers at once. */
  @Post(uri = "/checks", produces = MediaType.APPLICATION_JSON)
  HttpResponse<Map<String, Object>> check() {
    if (checker.running()) {
      throw new ApiException(409, "Conflict", "a link check is already running", List.of());
    }
    background.submit(() -> {
      try {
        checker.checkAll();
      } catch (LinkChecker.AlreadyRunning e) {
        // Another request started one between the question and the start: that one does the work.
      }
    });
    return HttpResponse.accepted().body(Map.of("status", "started", "links", "/api/v1/admin/links"));
  }
}
