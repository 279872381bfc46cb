package org.openseason.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Runs the indexing of a rebuild's batches on several threads, while the thread that hands the batches over (the
 * one reading the database) goes on to read the next. {@code IndexWriter} takes documents from many threads at
 * once, and analysis, which is most of the work, then runs on every core.
 *
 * <p>At most {@code 2 × threads} batches wait or run at a time: a source faster than the indexing blocks in
 * {@link #submit} instead of holding the whole database in memory.
 */
final class ParallelIndexing implements AutoCloseable {

  /** One batch's work. */
  @FunctionalInterface
  interface Task {
    void run() throws IOException;
  }

  private final ExecutorService threads;
  private final Semaphore inFlight;
  private final List<Future<?>> submitted = new ArrayList<>();

  ParallelIndexing(int threadCount) {
    this.threads = Executors.newFixedThreadPool(threadCount, r -> {
      Thread t = new Thread(r, "index-rebuild");
      t.setDaemon(true);
      return t;
    });
    this.inFlight = new Semaphore(2 * threadCount);
  }

  /** Queues a batch's work; blocks while enough batches are already waiting. */
  void submit(Task task) {
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rebuilding the index", e);
    }
    submitted.add(threads.submit(() -> {
      try {
        task.run();
        return null;
      } finally {
        inFlight.release();
      }
    }));
  }

  /** Waits for every batch; the first failure is thrown, after all batches have ended. */
  void awaitAll() {
    RuntimeException failure = null;
    for (Future<?> f : submitted) {
      try {
        f.get();
      } catch (ExecutionException e) {
        if (failure == null) {
          failure = e.getCause() instanceof IOException io
              ? new UncheckedIOException(io)
              : e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while rebuilding the index", e);
      }
    }
    submitted.clear();
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
