package org.openseason.domain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values worked out once per key and kept, for what every search result or answer would otherwise work out again
 * (a country list's names, a date's words, a facet value's label). Bounded without bookkeeping: past {@code most}
 * keys, everything kept is dropped and worked out again as asked, which for values this cheap costs less than
 * tracking which were used last. Thread-safe; two threads may both work out a missing value, and one is kept.
 *
 * @param <K> a key with value equality, not changed once given
 * @param <V> its value
 */
public final class Memo<K, V> {

  private final int most;
  private final Map<K, V> kept = new ConcurrentHashMap<>();

  public Memo(int most) {
    if (most < 1) {
      throw new IllegalArgumentException("most must be at least 1: " + most);
    }
    this.most = most;
  }

  /** The value of {@code key}, kept or worked out now by {@code compute}. */
  public V get(K key, Function<? super K, ? extends V> compute) {
    V value = kept.get(key);
    if (value == null) {
      if (kept.size() >= most) {
        kept.clear();
      }
      value = compute.apply(key);
      kept.put(key, value);
    }
    return value;
  }
}
