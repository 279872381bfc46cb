package org.openseason.api.crawl;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of the {@code program_field} table: where one field of one listing came from. */
@MappedEntity("program_field")
record FieldRow(
    @Id String id,
    String slug,
    String field,
    String precedence,
    @Nullable String sourceId,
    @Nullable String sourceUrl,
    Instant fetchedAt,
    @Nullable String evidence) {

  static String idOf(String slug, String field) {
    String id = slug + "/" + field;
    return id.length() <= 400 ? id : id.substring(0, 400);
  }
}
