package org.openseason.api.crawl;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of the {@code crawl_source} table: a source's definition (YAML), its schedule and its health. */
@MappedEntity("crawl_source")
record SourceRow(
    @Id String id,
    String url,
    String kind,
    @Nullable String program,
    String definition,
    String origin,
    long scheduleSeconds,
    boolean enabled,
    @Nullable String etag,
    @Nullable String lastModified,
    @Nullable Instant lastCrawledAt,
    @Nullable String lastOutcome,
    @Nullable String lastReason,
    @Nullable Integer lastStatus,
    @Nullable Instant lastOkAt,
    @Nullable Instant failingSince,
    @Nullable String flag,
    Instant createdAt,
    Instant updatedAt) {

  static final String BUNDLED = "bundled";
  static final String ADMIN = "admin";

  /** True when the source has never been crawled or its schedule has come round. */
  boolean dueAt(Instant now) {
    return enabled && (lastCrawledAt == null || !lastCrawledAt.plusSeconds(scheduleSeconds).isAfter(now));
  }
}
