package org.openseason.api.crawl;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of the {@code announcement} table: a feed item about a program. */
@MappedEntity("announcement")
record AnnouncementRow(
    @Id String id,
    String slug,
    String sourceId,
    String title,
    @Nullable String link,
    @Nullable Instant publishedAt,
    boolean applicationsOpen,
    Instant firstSeenAt) {}
