package org.openseason.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeptAnswersTest {

  private final KeptAnswers<String, String> kept = new KeptAnswers<>(4);
  private final AtomicInteger computations = new AtomicInteger();
  private final ExecutorService askers = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    askers.shutdownNow();
  }

  private String answer(String question) {
    return question + " #" + computations.incrementAndGet();
  }

  @Test
  void a_question_asked_again_on_the_same_version_is_not_worked_out_again() throws IOException {
    String first = kept.get(1L, "rust", () -> answer("rust"));
    String again = kept.get(1L, "rust", () -> answer("rust"));

    assertThat(again).isSameAs(first);
    assertThat(computations).hasValue(1);
  }

  @Test
  void a_new_version_drops_every_kept_answer() throws IOException {
    kept.get(1L, "rust", () -> answer("rust"));

    assertThat(kept.get(2L, "rust", () -> answer("rust"))).isEqualTo("rust #2");
    assertThat(kept.size()).isEqualTo(1);
  }

  @Test
  void those_asking_at_once_wait_for_one_computation() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<String> first = askers.submit(() -> kept.get(1L, "rust", () -> {
      started.countDown();
      await(release);
      return answer("rust");
    }));
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    List<Thread> waiting = new ArrayList<>();
    List<Future<String>> others = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      others.add(askers.submit(() -> {
        synchronized (waiting) {
          waiting.add(Thread.currentThread());
        }
        return kept.get(1L, "rust", () -> answer("rust"));
      }));
    }
    awaitParked(waiting, 8);
    release.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("rust #1");
    for (Future<String> other : others) {
      assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo("rust #1");
    }
    assertThat(computations).hasValue(1);
  }

  @Test
  void a_failure_reaches_those_waiting_and_is_not_kept() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<String> failing = askers.submit(() -> kept.get(1L, "rust", () -> {
      started.countDown();
      await(release);
      throw new IOException("disk gone");
    }));
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    List<Thread> waiting = new ArrayList<>();
    Future<String> waiter = askers.submit(() -> {
      synchronized (waiting) {
        waiting.add(Thread.currentThread());
      }
      return kept.get(1L, "rust", () -> answer("rust"));
    });
    awaitParked(waiting, 1);
    release.countDown();

    assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IOException.class);
    assertThatThrownBy(() -> waiter.get(10, TimeUnit.SECONDS)).cause().hasMessage("disk gone");
    assertThat(kept.get(1L, "rust", () -> answer("rust"))).isEqualTo("rust #1");
  }

  @Test
  void it_never_keeps_more_answers_than_its_capacity() throws IOException {
    for (int i = 0; i < 20; i++) {
      String question = "q" + i;
      assertThat(kept.get(1L, question, () -> answer(question))).startsWith(question);
    }

    assertThat(kept.size()).isEqualTo(4);
  }

  private static void await(CountDownLatch latch) throws IOException {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      throw new IOException(e);
    }
  }

  /** Waits until {@code count} threads have registered and are parked, waiting for an answer. */
  private static void awaitParked(List<Thread> threads, int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      synchronized (threads) {
        if (threads.size() == count && threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING)) {
          return;
        }
      }
      Thread.sleep(5);
    }
    throw new AssertionError("the askers did not all wait");
  }
}
