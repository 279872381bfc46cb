package org.openseason.api.outbox;

import io.micronaut.data.model.Pageable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Adds events to the outbox, in the caller's transaction: the event exists exactly when what caused it was
 * committed. Delivery is {@link WebhookDelivery}'s work.
 */
@Singleton
public class Outbox {

  private final OutboxRepository rows;
  private final JsonMapper json;
  private final Clock clock;

  Outbox(OutboxRepository rows, JsonMapper json, Clock clock) {
    this.rows = rows;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Records an event for delivery.
   *
   * @param event its name ("submission.approved")
   * @param payload what it says, as JSON members; never private data (an organizer's contact stays out)
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void add(String event, Map<String, Object> payload) {
    Instant now = clock.instant();
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("event", event);
    body.put("at", now.toString());
    body.putAll(payload);
    try {
      rows.save(new OutboxRow(null, event, json.writeValueAsString(body), now, 0, now, null, null, null, null, null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The latest events, newest first, with their delivery state, for administrators. */
  public List<OutboxEntry> latest(int limit) {
    return rows.findAllOrderByIdDesc(Pageable.from(0, limit)).stream().map(OutboxEntry::of).toList();
  }
}
