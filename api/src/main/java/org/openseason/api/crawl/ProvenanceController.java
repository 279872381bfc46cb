package org.openseason.api.crawl;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.List;
import org.openseason.api.program.ProgramStore;
import org.openseason.api.system.ApiException;
import org.openseason.domain.Slugs;

/**
 * {@code GET /api/v1/programs/{slug}/provenance}: where each crawled field of a listing came from, and what changed
 * when, so that readers and moderators can check a fact against its source.
 */
@Controller("/api/v1/programs")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProvenanceController {

  private final ProgramStore store;
  private final FieldRepository fields;

  ProvenanceController(ProgramStore store, FieldRepository fields) {
    this.store = store;
    this.fields = fields;
  }

  @Get(uri = "/{slug}/provenance", produces = MediaType.APPLICATION_JSON)
  Provenance provenance(String slug) {
    if (!Slugs.isValid(slug) || !store.exists(slug)) {
      throw ApiException.notFound("No program has the identifier '" + slug + "'.");
    }
    List<Field> crawled = fields.findBySlugOrderByField(slug).stream()
        .map(f -> new Field(f.field(), f.precedence(), f.sourceId(), f.sourceUrl(), f.fetchedAt(), f.evidence()))
        .toList();
    return new Provenance(slug, crawled, store.history(slug));
  }

  /**
   * A listing's provenance.
   *
   * @param slug the program
   * @param fields the fields a crawl set; every other field comes from whoever last saved the listing
   * @param history every change, oldest first
   */
  @Serdeable(naming = SnakeCaseStrategy.class)
  record Provenance(String slug, List<Field> fields, List<ProgramStore.Revision> history) {}

  /**
   * One crawled field.
   *
   * @param field its path, such as {@code eligibility.minimum_age}
   * @param precedence own-site or list
   * @param source the source's id
   * @param url the page it was read from
   * @param fetchedAt when
   * @param evidence the words it was read from
   */
  @Serdeable(naming = SnakeCaseStrategy.class)
  record Field(String field, String precedence, @Nullable String source, @Nullable String url, Instant fetchedAt,
      @Nullable String evidence) {}
}
