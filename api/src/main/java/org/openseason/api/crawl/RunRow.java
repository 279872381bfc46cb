package org.openseason.api.crawl;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of the {@code crawl_run} table: one crawl's counts, and its whole report as JSON. */
@MappedEntity("crawl_run")
record RunRow(
    @Id @GeneratedValue @Nullable Long id,
    Instant startedAt,
    Instant finishedAt,
    String triggerKind,
    int sources,
    int fetched,
    int notModified,
    int disallowed,
    int failed,
    int extracted,
    int newItems,
    int changedPrograms,
    String report) {}
