package org.openseason.api.crawl;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * What the crawl of one source did.
 *
 * @param source the source's id
 * @param url the URL finally read
 * @param outcome fetched, not-modified, disallowed or failed (also when fetched but unreadable)
 * @param status the HTTP status, when the server answered
 * @param reason the reason key of the problem that stopped it, when one did
 * @param programs program candidates found
 * @param projects project ideas found
 * @param milestones dates found
 * @param announcements feed items found
 * @param changedPrograms slugs of the listings it changed
 * @param changedFields the fields it set, as {@code slug: field}
 * @param keptFields fields it found otherwise but may not overwrite (set by a source of higher precedence)
 * @param newCandidates programs of a list seen for the first time that match no listing
 * @param newAnnouncements feed items seen for the first time
 * @param problems what could not be read and why
 * @param flag the source's link-rot flag after this crawl
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record SourceResult(
    String source,
    String url,
    String outcome,
    @Nullable Integer status,
    @Nullable String reason,
    int programs,
    int projects,
    int milestones,
    int announcements,
    List<String> changedPrograms,
    List<String> changedFields,
    List<String> keptFields,
    int newCandidates,
    int newAnnouncements,
    List<ProblemView> problems,
    @Nullable String flag) {

  int extracted() {
    return programs + projects + milestones + announcements;
  }

  SourceResult withFlag(@Nullable String newFlag) {
    return new SourceResult(source, url, outcome, status, reason, programs, projects, milestones, announcements,
        changedPrograms, changedFields, keptFields, newCandidates, newAnnouncements, problems, newFlag);
  }

  /**
   * A problem, as the report shows it.
   *
   * @param stage robots, fetch, parse, extract, normalize or merge
   * @param reason a stable key
   * @param detail what exactly
   * @param fatal true when nothing was taken from the source because of it
   */
  @Serdeable(naming = SnakeCaseStrategy.class)
  public record ProblemView(String stage, String reason, String detail, boolean fatal) {}
}
