package org.openseason.api.moderation;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openseason.api.crawl.CrawlAdmin;
import org.openseason.api.crawl.CrawlReport;
import org.openseason.api.links.LinkChecker;
import org.openseason.api.outbox.Outbox;
import org.openseason.api.system.ApiException;
import org.openseason.api.system.Problem;
import org.openseason.api.submission.Submission;
import org.openseason.api.submission.SubmissionKind;
import org.openseason.api.submission.SubmissionState;
import org.openseason.api.submission.Submissions;
import org.openseason.domain.Program;

/**
 * The moderators' work: the queue, the review of one submission, and the decisions. A decision, its audit record,
 * its event in the outbox and (for an approval) the live listing change in one transaction; the search index
 * follows once it commits, on this instance at once and on the others from the change log.
 */
@Singleton
public class Moderation {

  static final int REASON_MAX = 2000;

  private final Submissions submissions;
  private final Publication publication;
  private final AuditLog audit;
  private final Outbox outbox;
  private final LinkChecker links;
  private final CrawlAdmin crawls;

  Moderation(Submissions submissions, Publication publication, AuditLog audit, Outbox outbox, LinkChecker links,
      CrawlAdmin crawls) {
    this.submissions = submissions;
    this.publication = publication;
    this.audit = audit;
    this.outbox = outbox;
    this.links = links;
    this.crawls = crawls;
  }

  /** The pending submissions, oldest first, each with the number of fields it changes. */
  public List<QueueItem> queue() {
    return submissions.pending().stream()
        .map(s -> new QueueItem(s, publication.diff(submissions.proposed(s.id())).size())).toList();
  }

  /** The crawler's flags and candidates, for the queue page. */
  public Flags flags() {
    return new Flags(links.flagged(), possiblyInactive(), crawls.candidates());
  }

  /** The programs the last crawl reported as possibly inactive. */
  private List<String> possiblyInactive() {
    return crawls.reports(1).stream().findFirst().map(CrawlReport::possiblyInactive).orElse(List.of());
  }

  public Review review(long id) {
    Submission submission = find(id);
    Program proposed = submissions.proposed(id);
    String slug = proposed.slug();
    List<FieldDiff> changes = publication.diff(proposed);
    boolean listed = publication.listed(slug);
    return new Review(submission, listed, changes,
        links.flagged().stream().filter(l -> l.program().equals(slug)).toList(),
        possiblyInactive().contains(slug), audit.about(subject(id)));
  }

  /** The proposed listing, as it would be published. */
  public Program proposed(long id) {
    find(id);
    return submissions.proposed(id);
  }

  /**
   * Decides on a pending submission.
   *
   * @param id the submission
   * @param decision approve, reject or request changes
   * @param moderator who decides
   * @param reason why (required to reject or ask for changes: the organizer is told)
   * @return the submission as decided
   */
  @Transactional
  public Submission decide(long id, Decision decision, String moderator, String reason) {
    String why = reason == null ? "" : reason.strip();
    if (decision.needsReason() && why.isEmpty()) {
      throw invalid("reason", "say why, for the organizer: it is required to " + decision.key().replace('-', ' '));
    }
    if (why.length() > REASON_MAX) {
      throw invalid("reason", "at most " + REASON_MAX + " characters");
    }
    Submission submission = find(id);
    if (submission.state() != SubmissionState.PENDING) {
      throw new ApiException(409, "Conflict", "Submission " + id + " is " + submission.state().key()
          + " already: only a pending submission can be decided.", List.of());
    }
    String detail = null;
    String slug = submission.targetSlug().orElse(submission.proposedSlug());
    if (decision == Decision.APPROVE && submission.kind() == SubmissionKind.NEW_PROGRAM && publication.listed(slug)) {
      // Another listing took the slug since the organizer sent it: publishing would overwrite that listing.
      throw new ApiException(409, "Conflict", "A listing with the slug '" + slug + "' exists now: ask the organizer"
          + " for changes (an edit of that listing), or reject this submission.", List.of());
    }
    if (decision == Decision.APPROVE) {
      List<FieldDiff> changed = publication.publish(submissions.proposed(id), subject(id), moderator);
      detail = String.join("\n", changed.stream().map(FieldDiff::field).toList());
    }
    Submission decided = submissions.decide(id, decision.state(), moderator, why);
    audit.record(moderator, decision.key(), subject(id), slug, why.isEmpty() ? null : why, detail);
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("submission", id);
    payload.put("receipt", submission.receipt());
    payload.put("program", slug);
    payload.put("moderator", moderator);
    payload.put("reason", why);
    outbox.add(decision.event(), payload);
    return decided;
  }

  private Submission find(long id) {
    return submissions.find(id).orElseThrow(() -> ApiException.notFound("No submission " + id + "."));
  }

  static String subject(long id) {
    return "submission " + id;
  }

  private static ApiException invalid(String field, String reason) {
    return new ApiException(422, "Invalid decision", field + ": " + reason,
        List.of(new Problem.InvalidParam(field, reason)));
  }

  /**
   * A pending submission in the queue.
   *
   * @param submission the revision
   * @param changes how many fields it changes in the live listing
   */
  @io.micronaut.serde.annotation.Serdeable(naming = io.micronaut.serde.config.naming.SnakeCaseStrategy.class)
  public record QueueItem(Submission submission, int changes) {}

  /**
   * What the crawler found that a moderator may act on.
   *
   * @param links listings' links that are gone, unreachable or unchecked
   * @param possiblyInactive programs with no dated step for long (the last crawl's report)
   * @param candidates programs that lists name but no listing matches: each can become a draft submission
   */
  @io.micronaut.serde.annotation.Serdeable(naming = io.micronaut.serde.config.naming.SnakeCaseStrategy.class)
  public record Flags(List<LinkChecker.LinkView> links, List<String> possiblyInactive,
      List<CrawlAdmin.CandidateView> candidates) {}
}
