package org.openseason.api.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.openseason.api.account.Moderators;
import org.openseason.api.outbox.Outbox;
import org.openseason.api.outbox.OutboxEntry;
import org.openseason.api.submission.Submission;
import org.openseason.api.system.ApiException;
import org.openseason.api.system.Problem.InvalidParam;

/**
 * The moderation API for scripts, behind a moderator's API token: the queue, one submission's review with its
 * proposed listing, decisions, the audit log and the outbox.
 */
@Controller("/api/v1/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
class ModerationController {

  private final Moderation moderation;
  private final AuditLog audit;
  private final Outbox outbox;

  ModerationController(Moderation moderation, AuditLog audit, Outbox outbox) {
    this.moderation = moderation;
    this.audit = audit;
    this.outbox = outbox;
  }

  @Get(uri = "/submissions", produces = MediaType.APPLICATION_JSON)
  List<Moderation.QueueItem> queue() {
    return moderation.queue();
  }

  @Get(uri = "/submissions/{id}", produces = MediaType.APPLICATION_JSON)
  ReviewJson review(@PathVariable String id) {
    long number = idOf(id);
    return new ReviewJson(moderation.review(number), org.openseason.listing.ListingCodec.encode(moderation.proposed(number)));
  }

  @Post(uri = "/submissions/{id}/decision", consumes = MediaType.APPLICATION_JSON,
      produces = MediaType.APPLICATION_JSON)
  Submission decide(HttpRequest<?> request, @PathVariable String id, @Body @Nullable DecisionJson body) {
    if (body == null || body.decision() == null) {
      throw ApiException.badParameters(List.of(new InvalidParam("decision", "is missing: approve, reject or request-changes")));
    }
    Decision decision = Decision.of(body.decision()).orElseThrow(() -> ApiException.badParameters(
        List.of(new InvalidParam("decision", "'" + body.decision() + "' is not approve, reject or request-changes"))));
    String moderator = Moderators.current(request).orElseThrow().name();
    return moderation.decide(idOf(id), decision, moderator, body.reason());
  }

  @Get(uri = "/audit", produces = MediaType.APPLICATION_JSON)
  List<AuditEntry> audit() {
    return audit.latest(200);
  }

  @Get(uri = "/outbox", produces = MediaType.APPLICATION_JSON)
  List<OutboxEntry> outbox() {
    return outbox.latest(200);
  }

  private static long idOf(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw ApiException.badParameters(List.of(new InvalidParam("id", "'" + id + "' is not a submission number")));
    }
  }

  /**
   * A decision sent by a script.
   *
   * @param decision approve, reject or request-changes
   * @param reason why (required but for an approval)
   */
  @Serdeable
  record DecisionJson(@Nullable String decision, @Nullable String reason) {}

  /**
   * A review with the proposed listing in the listing format.
   *
   * @param review the diff, flags and history
   * @param proposed the listing as it would be published, in the listing format
   */
  @Serdeable
  record ReviewJson(Review review, java.util.Map<String, Object> proposed) {}
}
