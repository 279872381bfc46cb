package org.openseason.api.moderation;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openseason.api.outbox.Outbox;
import org.openseason.api.submission.SubmissionReceived;

/**
 * Tells the moderators' webhook about every new submission: heard inside the transaction that stores it, so the
 * event exists exactly when the submission does.
 */
@Singleton
class ReceivedEvents {

  private final Outbox outbox;

  ReceivedEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  @EventListener
  void onReceived(SubmissionReceived received) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("submission", received.id());
    payload.put("program", received.slug());
    outbox.add("submission.received", payload);
  }
}
