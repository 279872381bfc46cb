package org.openseason.api.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openseason.api.TestDatabase;

/** Events reach the webhook once, signed, after retries; a failing webhook never loses one. */
class WebhookDeliveryIT {

  private static final String SECRET = "webhook-secret-for-this-test-only";

  static List<?> databases() {
    return TestDatabase.both();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void retriesAFailingWebhookUntilItTakesTheEventSignedAndOnce(Supplier<TestDatabase> database) throws Exception {
    AtomicInteger failuresLeft = new AtomicInteger(2);
    List<String[]> received = new CopyOnWriteArrayList<>();
    HttpServer hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    hook.createContext("/hook", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      received.add(new String[] {exchange.getRequestHeaders().getFirst("X-OpenSeason-Signature"), body,
          exchange.getRequestHeaders().getFirst("X-OpenSeason-Event")});
      exchange.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? 503 : 204, -1);
      exchange.close();
    });
    hook.start();
    try (TestDatabase db = database.get();
        ApplicationContext app = start(db, "http://127.0.0.1:" + hook.getAddress().getPort() + "/hook")) {
      WebhookDelivery delivery = app.getBean(WebhookDelivery.class);
      OutboxRepository rows = app.getBean(OutboxRepository.class);
      add(app, "submission.approved", Map.of("submission", 7, "program", "example-mentorship"));

      assertThat(delivery.deliverDue()).isZero();
      OutboxEntry afterOne = app.getBean(Outbox.class).latest(5).get(0);
      assertThat(afterOne.state()).isEqualTo("pending");
      assertThat(afterOne.attempts()).isEqualTo(1);
      assertThat(afterOne.lastError()).isEqualTo("answered 503");
      assertThat(afterOne.nextAttemptAt()).isAfter(Instant.now().plusSeconds(5));
      assertThat(delivery.deliverDue()).as("not due yet").isZero();

      dueNow(rows);
      assertThat(delivery.deliverDue()).isZero();
      dueNow(rows);
      assertThat(delivery.deliverDue()).isEqualTo(1);
      dueNow(rows);
      assertThat(delivery.deliverDue()).as("delivered events are not sent again").isZero();

      assertThat(received).hasSize(3);
      String[] last = received.get(2);
      assertThat(last[2]).isEqualTo("submission.approved");
      assertThat(last[1]).contains("\"program\":\"example-mentorship\"").contains("\"event\":\"submission.approved\"");
      assertThat(last[0]).isEqualTo("sha256=" + hmac(last[1]));
      assertThat(app.getBean(Outbox.class).latest(5).get(0).state()).isEqualTo("delivered");
    } finally {
      hook.stop(0);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void keepsAnEventItCannotDeliverAndGivesUpOnlyAfterTheLastAttempt(Supplier<TestDatabase> database)
      throws Exception {
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (TestDatabase db = database.get(); ApplicationContext app = start(db, "http://127.0.0.1:" + closedPort + "/")) {
      WebhookDelivery delivery = app.getBean(WebhookDelivery.class);
      OutboxRepository rows = app.getBean(OutboxRepository.class);
      add(app, "submission.received", Map.of("submission", 1));
      for (int attempt = 1; attempt < WebhookDelivery.MAX_ATTEMPTS; attempt++) {
        dueNow(rows);
        delivery.deliverDue();
        assertThat(app.getBean(Outbox.class).latest(1).get(0).state()).isEqualTo("pending");
      }
      dueNow(rows);
      delivery.deliverDue();
      OutboxEntry entry = app.getBean(Outbox.class).latest(1).get(0);
      assertThat(entry.state()).isEqualTo("failed");
      assertThat(entry.attempts()).isEqualTo(WebhookDelivery.MAX_ATTEMPTS);
      assertThat(entry.lastError()).contains("ConnectException");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void anEventOfARolledBackChangeNeverExists(Supplier<TestDatabase> database) {
    try (TestDatabase db = database.get(); ApplicationContext app = start(db, "")) {
      try {
        transactions(app).executeWrite(status -> {
          app.getBean(Outbox.class).add("submission.approved", Map.of("submission", 3));
          throw new IllegalStateException("the approval failed after its event was written");
        });
      } catch (IllegalStateException expected) {
        // the transaction rolled back
      }
      assertThat(app.getBean(Outbox.class).latest(5)).isEmpty();
    }
  }

  private static ApplicationContext start(TestDatabase db, String url) {
    Map<String, Object> properties = new HashMap<>(db.properties());
    properties.put("openseason.crawl.scheduled", false);
    properties.put("openseason.webhook.url", url);
    properties.put("openseason.webhook.secret", SECRET);
    properties.put("openseason.webhook.first", "1h");
    return ApplicationContext.run(properties);
  }

  private static void add(ApplicationContext app, String event, Map<String, Object> payload) {
    transactions(app).executeWrite(status -> {
      app.getBean(Outbox.class).add(event, payload);
      return null;
    });
  }

  @SuppressWarnings("unchecked")
  private static TransactionOperations<java.sql.Connection> transactions(ApplicationContext app) {
    return app.getBean(TransactionOperations.class);
  }

  /** Moves every pending event's next attempt to now, as if its back-off had passed. */
  private static void dueNow(OutboxRepository rows) {
    for (OutboxRow row : rows.findAll()) {
      if (row.deliveredAt() == null && row.failedAt() == null) {
        rows.update(new OutboxRow(row.id(), row.event(), row.payload(), row.createdAt(), row.attempts(),
            Instant.now().minusSeconds(1), null, null, row.lastError(), null, null));
      }
    }
  }

  private static String hmac(String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }
}
