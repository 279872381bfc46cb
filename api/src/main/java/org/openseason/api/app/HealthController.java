package org.openseason.api.app;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import org.openseason.api.program.ProgramStore;
import org.openseason.api.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /health}: whether the database and the index answer, and how many programs each holds. */
@Controller("/health")
@ExecuteOn(TaskExecutors.BLOCKING)
class HealthController {

  private static final Logger LOG = LoggerFactory.getLogger(HealthController.class);

  private final ProgramStore store;
  private final SearchService search;

  HealthController(ProgramStore store, SearchService search) {
    this.store = store;
    this.search = search;
  }

  @Get(produces = MediaType.APPLICATION_JSON)
  HttpResponse<Health> health() {
    Part database = check("database", store::count);
    Part index = check("index", () -> search.indexedPrograms());
    boolean up = database.status().equals("UP") && index.status().equals("UP");
    Health health = new Health(up ? "UP" : "DOWN", database, index);
    return up ? HttpResponse.ok(health) : HttpResponse.<Health>serverError().status(503).body(health);
  }

  private static Part check(String name, java.util.function.LongSupplier count) {
    try {
      return new Part("UP", count.getAsLong(), null);
    } catch (RuntimeException e) {
      LOG.warn("Health check of the {} failed: {}", name, e.toString());
      return new Part("DOWN", 0, e.getClass().getSimpleName());
    }
  }

  /**
   * The health of the service.
   *
   * @param status UP when every part is
   * @param database the database
   * @param index the search index
   */
  @Serdeable
  record Health(String status, Part database, Part index) {}

  /**
   * The health of one part.
   *
   * @param status UP or DOWN
   * @param programs how many programs it holds
   * @param error the kind of failure, when DOWN
   */
  @Serdeable
  record Part(String status, long programs, @io.micronaut.core.annotation.Nullable String error) {}
}
