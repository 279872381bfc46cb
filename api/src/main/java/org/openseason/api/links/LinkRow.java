package org.openseason.api.links;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of the {@code link_check} table: the last check of one link of one listing. */
@MappedEntity("link_check")
record LinkRow(
    @Id String id,
    String slug,
    String field,
    String url,
    String state,
    @Nullable Integer status,
    @Nullable String reason,
    Instant checkedAt,
    @Nullable Instant failingSince) {

  static String idOf(String slug, String field) {
    return slug + "/" + field;
  }
}
