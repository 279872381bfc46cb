package org.openseason.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.FixedBitSet;

/**
 * The eligibility fields of one search's kept matches ({@link KeptMatches}) by column, match {@code i} being bit
 * {@code i} of a set, so that a profile's rules run on them as a few operations over whole sets ({@link
 * EligibilityRule#addTo}) instead of a test per match and rule.
 *
 * <p>A rule token that many matches have is held as the set of them; one that few have (a country's exclusion,
 * one program's "not after that one") as the list of those few, so a token takes no more room than it would
 * in per-match lists.
 */
final class MatchColumns implements EligibilityRule.Columns {

  private static final String[] BOUNDS =
      {EligibilityFields.BIRTH_LATEST, EligibilityFields.BIRTH_EARLIEST, EligibilityFields.MIN_HOURS};

  private final int size;
  private final Map<String, Integer> tokenIds;
  /** Per token id, the matches that have it, when many do; else {@code null} and {@link #few} lists them. */
  private final FixedBitSet[] many;
  /** Per token id held as a list, the matches that have it, in increasing order. */
  private final int[][] few;
  /**
   * Per bound of {@link #BOUNDS}, the values of the matches that have one, in increasing order, and those matches
   * in the same order: a range of values is a range of matches, found by binary search.
   */
  private final long[][] values;
  private final int[][] having;

  private MatchColumns(int size, Map<String, Integer> tokenIds, FixedBitSet[] many, int[][] few, long[][] values,
      int[][] having) {
    this.size = size;
    this.tokenIds = tokenIds;
    this.many = many;
    this.few = few;
    this.values = values;
    this.having = having;
  }

  @Override
  public FixedBitSet none() {
    return new FixedBitSet(size);
  }

  @Override
  public void addHaving(String token, FixedBitSet set) {
    having(token, set, true);
  }

  @Override
  public void removeHaving(String token, FixedBitSet set) {
    having(token, set, false);
  }

  /** Sets ({@code add}) or clears the bits of the matches having {@code token}. */
  private void having(String token, FixedBitSet set, boolean add) {
    Integer id = tokenIds.get(token);
    if (id == null) {
      return;
    }
    if (many[id] != null) {
      if (add) {
        set.or(many[id]);
      } else {
        set.andNot(many[id]);
      }
      return;
    }
    for (int match : few[id]) {
      if (add) {
        set.set(match);
      } else {
        set.clear(match);
      }
    }
  }

  @Override
  public void addWithin(String field, long min, long max, FixedBitSet set) {
    int b = column(field);
    long[] sorted = values[b];
    for (int k = firstAtLeast(sorted, min); k < sorted.length && sorted[k] <= max; k++) {
      set.set(having[b][k]);
    }
  }

  /** The first index of {@code sorted} whose value is {@code min} or more; its length when there is none. */
  private static int firstAtLeast(long[] sorted, long min) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] >= min) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  private static int column(String field) {
    for (int b = 0; b < BOUNDS.length; b++) {
      if (BOUNDS[b].equals(field)) {
        return b;
      }
    }
    throw new IllegalArgumentException("not a bound: " + field);
  }

  /** Reads the matches' fields from doc values, one leaf at a time and in increasing order of document in each. */
  static final class Reader {

    private final Map<String, Integer> tokenIds = new HashMap<>();
    private final List<int[]> tokens = new ArrayList<>();
    /** Per match, pairs of (present, value) per bound, or {@code null} when it has none. */
    private final List<long[]> rows = new ArrayList<>();
    private SortedSetDocValues rules;
    private final NumericDocValues[] values = new NumericDocValues[BOUNDS.length];

    /** Reads the next matches from {@code leaf}. */
    void leaf(LeafReader leaf) throws IOException {
      rules = DocValues.getSortedSet(leaf, EligibilityFields.RULE);
      for (int b = 0; b < BOUNDS.length; b++) {
        values[b] = DocValues.getNumeric(leaf, BOUNDS[b]);
      }
    }

    /** Reads the next match, a document of the current leaf. */
    void add(int doc) throws IOException {
      tokens.add(tokens(doc));
      rows.add(bounds(doc));
    }

    private int[] tokens(int doc) throws IOException {
      if (!rules.advanceExact(doc)) {
        return new int[0];
      }
      int[] found = new int[rules.docValueCount()];
      for (int i = 0; i < found.length; i++) {
        String token = rules.lookupOrd(rules.nextOrd()).utf8ToString();
        found[i] = tokenIds.computeIfAbsent(token, t -> tokenIds.size());
      }
      return found;
    }

    private long[] bounds(int doc) throws IOException {
      long[] row = null;
      for (int b = 0; b < values.length; b++) {
        if (values[b].advanceExact(doc)) {
          row = row == null ? new long[2 * values.length] : row;
          row[2 * b] = 1;
          row[2 * b + 1] = values[b].longValue();
        }
      }
      return row;
    }

    /**
     * The columns of the matches read, match {@code i} of them being match {@code order[i]} as read.
     *
     * @param order every match read, once
     */
    MatchColumns columns(int[] order) {
      int n = order.length;
      int[] counts = new int[tokenIds.size()];
      for (int[] ids : tokens) {
        for (int id : ids) {
          counts[id]++;
        }
      }
      int[][] few = new int[counts.length][];
      for (int id = 0; id < counts.length; id++) {
        few[id] = new int[counts[id]];
      }
      int[] filled = new int[counts.length];
      List<List<long[]>> bounds = new ArrayList<>();
      for (int b = 0; b < BOUNDS.length; b++) {
        bounds.add(new ArrayList<>());
      }
      for (int i = 0; i < n; i++) {
        for (int id : tokens.get(order[i])) {
          few[id][filled[id]++] = i;
        }
        long[] row = rows.get(order[i]);
        for (int b = 0; row != null && b < BOUNDS.length; b++) {
          if (row[2 * b] != 0) {
            bounds.get(b).add(new long[] {row[2 * b + 1], i});
          }
        }
      }
      FixedBitSet[] many = new FixedBitSet[counts.length];
      for (int id = 0; id < counts.length; id++) {
        // As a set, a token takes n / 8 bytes; as a list, 4 bytes per match having it.
        if ((long) counts[id] * 32 >= n) {
          many[id] = new FixedBitSet(n);
          for (int match : few[id]) {
            many[id].set(match);
          }
          few[id] = null;
        }
      }
      long[][] values = new long[BOUNDS.length][];
      int[][] having = new int[BOUNDS.length][];
      for (int b = 0; b < BOUNDS.length; b++) {
        List<long[]> byValue = bounds.get(b);
        byValue.sort(Comparator.comparingLong(pair -> pair[0]));
        values[b] = byValue.stream().mapToLong(pair -> pair[0]).toArray();
        having[b] = byValue.stream().mapToInt(pair -> (int) pair[1]).toArray();
      }
      return new MatchColumns(n, Map.copyOf(tokenIds), many, few, values, having);
    }
  }
}
