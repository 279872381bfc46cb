package org.openseason.crawler.politeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class PolitenessTest {

  @Test
  void spacesRequestsToOneHostEvenWhenManyThreadsAsk() throws Exception {
    Politeness politeness = new Politeness(Duration.ofMillis(20), 8);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        String host = "host" + (i % 3) + ":80";
        futures.add(pool.submit(() -> {
          Politeness.Permit permit = politeness.enter(host);
          try {
            Thread.sleep(2);
          } finally {
            permit.close();
          }
          return null;
        }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(politeness.log().counts()).containsValues(8, 8, 8);
    assertThat(politeness.log().violations(Duration.ofMillis(20))).isEmpty();
  }

  @Test
  void theLogFindsRequestsThatCameTooClose() throws InterruptedException {
    Politeness impolite = new Politeness(Duration.ZERO, 1);
    impolite.enter("a:80").close();
    impolite.enter("a:80").close();
    assertThat(impolite.log().violations(Duration.ofSeconds(10))).hasSize(1);
  }

  @Test
  void aCrawlDelayOrABackOffOnlyEverWaitsLonger() throws InterruptedException {
    Politeness politeness = new Politeness(Duration.ofMillis(10), 1);
    politeness.raiseDelay("b:80", Duration.ofMillis(60));
    politeness.enter("b:80").close();
    politeness.enter("b:80").close();
    politeness.backOff("b:80", Duration.ofMillis(80));
    politeness.enter("b:80").close();
    assertThat(politeness.log().violations(Duration.ofMillis(60))).isEmpty();
  }
}
