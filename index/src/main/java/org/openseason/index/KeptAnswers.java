package org.openseason.index;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers kept while the index they came from is current: a question asked again (a popular query, a page
 * reloaded, a facet clicked back) is answered without working it out again.
 *
 * <p>Answers belong to a version of the index. Asked on another version, every kept answer is dropped, so an
 * answer is never older than the index the question would be answered from, and a change is visible as soon as
 * the index shows it.
 *
 * <p>Those asking at once for an answer not kept wait for one computation of it (single flight). After every
 * change all popular questions miss together; computing each once per asker would put a person's own search
 * behind dozens of identical ones, on a machine with two cores for a few seconds.
 *
 * @param <K> a question, with value equality
 * @param <V> its answer
 */
public final class KeptAnswers<K, V> {

  /** Works an answer out. */
  @FunctionalInterface
  public interface Computation<V> {
    V compute() throws IOException;
  }

  private record Generation<K, V>(Object version, Map<K, CompletableFuture<V>> answers) {}

  private final int capacity;
  private volatile Generation<K, V> current = new Generation<>(new Object(), new ConcurrentHashMap<>());

  /**
   * @param capacity answers kept per version; when it is full, an arbitrary answer makes room (a lock to drop the
   *     least recently used one would serialize every question, and many threads asking at once would wait on it)
   */
  public KeptAnswers(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    this.capacity = capacity;
  }

  /**
   * The answer to {@code question} on {@code version} of the index: kept, being worked out by another thread (then
   * this one waits for it), or worked out now. A failed computation is not kept; those waiting for it get its
   * failure.
   *
   * @param version what identifies the index the answer comes from, compared with {@code equals}
   */
  public V get(Object version, K question, Computation<V> computation) throws IOException {
    Map<K, CompletableFuture<V>> answers = answersOn(version);
    CompletableFuture<V> mine = new CompletableFuture<>();
    CompletableFuture<V> other = answers.putIfAbsent(question, mine);
    if (other != null) {
      return await(other);
    }
    try {
      V answer = computation.compute();
      mine.complete(answer);
      makeRoom(answers, question);
      return answer;
    } catch (IOException | RuntimeException | Error e) {
      answers.remove(question, mine);
      mine.completeExceptionally(e);
      throw e;
    }
  }

  /** How many answers the current version holds, including those being worked out. */
  int size() {
    return current.answers().size();
  }

  private Map<K, CompletableFuture<V>> answersOn(Object version) {
    Generation<K, V> g = current;
    if (!Objects.equals(g.version(), version)) {
      synchronized (this) {
        g = current;
        if (!Objects.equals(g.version(), version)) {
          g = new Generation<>(version, new ConcurrentHashMap<>());
          current = g;
        }
      }
    }
    return g.answers();
  }

  private void makeRoom(Map<K, CompletableFuture<V>> answers, K keep) {
    Iterator<Map.Entry<K, CompletableFuture<V>>> entries = answers.entrySet().iterator();
    while (answers.size() > capacity && entries.hasNext()) {
      Map.Entry<K, CompletableFuture<V>> e = entries.next();
      // One being worked out stays: those waiting for it hold it anyway, and a new asker should join them. The one
      // just kept stays too; it is kept under the very question given, so identity finds it without comparing
      // every field of a question (a search request's maps and profile) with the first entries'.
      if (e.getValue().isDone() && e.getKey() != keep) {
        entries.remove();
      }
    }
  }

  private static <V> V await(CompletableFuture<V> answer) throws IOException {
    try {
      return answer.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
