package org.openseason.api.crawl;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.openseason.crawler.archive.ArchiveSettings;

/**
 * The crawl's settings, documented in {@code application.yml} under {@code openseason.crawl}.
 *
 * @param hostDelay the least time between two requests to one host
 * @param concurrency the most requests in flight at once
 * @param allowInternal {@code host:port} pairs that may be internal addresses (a fixture server, a private network)
 * @param scheduled whether the server crawls due sources by itself
 * @param staleAfter how long a source may fail before it is flagged as failing (link rot)
 * @param inactiveAfter how long after its last dated step a program without a newer cycle is flagged
 *     "possibly inactive"
 * @param replay a web archive (WARC) to answer every fetch from instead of the network ({@code --replay})
 * @param record a web archive (WARC) to write every exchange of live crawls to ({@code --record})
 */
@ConfigurationProperties("openseason.crawl")
public record CrawlSettings(
    @Bindable(defaultValue = "3s") Duration hostDelay,
    @Bindable(defaultValue = "4") int concurrency,
    @Nullable List<String> allowInternal,
    @Bindable(defaultValue = "true") boolean scheduled,
    @Bindable(defaultValue = "7d") Duration staleAfter,
    @Bindable(defaultValue = "540d") Duration inactiveAfter,
    @Nullable String replay,
    @Nullable String record) {

  public CrawlSettings {
    allowInternal = allowInternal == null ? List.of() : List.copyOf(allowInternal);
    replay = replay == null || replay.isBlank() ? null : replay;
    record = record == null || record.isBlank() ? null : record;
  }

  /** Whether the crawler replays an archive, records to one, or neither. */
  public ArchiveSettings archive() {
    return new ArchiveSettings(Optional.ofNullable(replay).map(Path::of), Optional.ofNullable(record).map(Path::of));
  }
}
