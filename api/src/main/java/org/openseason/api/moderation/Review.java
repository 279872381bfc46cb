package org.openseason.api.moderation;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;
import org.openseason.api.links.LinkChecker;
import org.openseason.api.submission.Submission;

/**
 * What a moderator reads before deciding on a submission.
 *
 * @param submission the revision and where it stands
 * @param listed whether the program is live already (an edit or a new round) or new
 * @param changes the fields it changes in the live listing, before and after
 * @param links the live listing's links that the last check found not ok
 * @param possiblyInactive whether the last crawl reported the program as possibly inactive
 * @param history the decisions taken on this submission so far
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record Review(Submission submission, boolean listed, List<FieldDiff> changes,
    List<LinkChecker.LinkView> links, boolean possiblyInactive, List<AuditEntry> history) {}
