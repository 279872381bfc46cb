package org.openseason.api.program;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Clock;
import java.util.Map;
import org.openseason.api.system.ApiException;
import org.openseason.domain.Slugs;

/** {@code GET /api/v1/programs/{slug}}: the whole listing. */
@Controller("/api/v1/programs")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProgramController {

  private final ProgramStore store;
  private final ProgramDetails details;
  private final Clock clock;

  ProgramController(ProgramStore store, ProgramDetails details, Clock clock) {
    this.store = store;
    this.details = details;
    this.clock = clock;
  }

  @Get(uri = "/{slug}", produces = MediaType.APPLICATION_JSON)
  Map<String, Object> program(String slug) {
    if (!Slugs.isValid(slug)) {
      throw ApiException.notFound("No program has this identifier.");
    }
    return store
        .find(slug)
        .map(stored -> details.of(stored, clock.instant()))
        .orElseThrow(() -> ApiException.notFound("No program has the identifier '" + slug + "'."));
  }
}
