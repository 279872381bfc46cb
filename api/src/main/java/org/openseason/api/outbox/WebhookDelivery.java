package org.openseason.api.outbox;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.openseason.api.guard.Digests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox's events to {@code openseason.webhook.url}, oldest first, each as a JSON POST signed with
 * {@code openseason.webhook.secret} (header {@code X-OpenSeason-Signature: sha256=<hex HMAC of the body>}). A failure
 * (no answer, or not 2xx) is retried with growing back-off, and after {@link #MAX_ATTEMPTS} the event is marked
 * failed and kept for administrators; what caused the event is never affected. Without a URL events are only kept.
 */
@Singleton
public class WebhookDelivery {

  static final int MAX_ATTEMPTS = 12;
  private static final Logger LOG = LoggerFactory.getLogger(WebhookDelivery.class);
  private static final Duration CLAIM = Duration.ofMinutes(1);

  private final OutboxRepository rows;
  private final Clock clock;
  private final String url;
  private final byte[] secret;
  private final String instance = UUID.randomUUID().toString();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

  WebhookDelivery(OutboxRepository rows, Clock clock, @Value("${openseason.webhook.url:}") String url,
      @Value("${openseason.webhook.secret:}") String secret) {
    this.rows = rows;
    this.clock = clock;
    this.url = url.strip();
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    if (!this.url.isEmpty() && !this.url.startsWith("https://") && !this.url.startsWith("http://")) {
      throw new IllegalArgumentException("openseason.webhook.url must be an http or https URL: " + this.url);
    }
  }

  /** Delivers what is due; returns how many events were sent. */
  @Scheduled(fixedDelay = "${openseason.webhook.every:2s}", initialDelay = "${openseason.webhook.first:5s}")
  public int deliverDue() {
    if (url.isEmpty()) {
      return 0;
    }
    Instant now = clock.instant();
    if (rows.claim(instance, now.plus(CLAIM), now) == 0) {
      return 0;
    }
    int sent = 0;
    for (OutboxRow row : rows.findByClaimedByAndClaimedUntilGreaterThanAndDeliveredAtIsNullOrderById(instance, now)) {
      sent += deliver(row) ? 1 : 0;
    }
    return sent;
  }

  private boolean deliver(OutboxRow row) {
    String error;
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
          .header("Content-Type", "application/json")
          .header("User-Agent", "OpenSeason-Webhook")
          .header("X-OpenSeason-Event", row.event())
          .header("X-OpenSeason-Delivery", String.valueOf(row.id()))
          .header("X-OpenSeason-Signature", "sha256=" + sign(row.payload()))
          .POST(HttpRequest.BodyPublishers.ofString(row.payload(), StandardCharsets.UTF_8)).build();
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status / 100 == 2) {
        rows.delivered(row.id(), clock.instant());
        return true;
      }
      error = "answered " + status;
    } catch (IOException e) {
      error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    int attempts = row.attempts() + 1;
    Instant now = clock.instant();
    rows.failed(row.id(), now.plus(backoff(attempts)), error.length() > 500 ? error.substring(0, 500) : error,
        attempts >= MAX_ATTEMPTS ? now : null);
    LOG.info("Webhook delivery of event {} failed (attempt {}): {}", row.id(), attempts, error);
    return false;
  }

  /** 10 s, 20 s, 40 s ... at most 6 h: twelve attempts span about a day. */
  static Duration backoff(int attempts) {
    long seconds = 10L << Math.min(attempts - 1, 20);
    return Duration.ofSeconds(Math.min(seconds, Duration.ofHours(6).toSeconds()));
  }

  private String sign(String body) {
    return HexFormat.of().formatHex(Digests.hmacSha256(secret.length == 0 ? new byte[1] : secret, body));
  }
}
