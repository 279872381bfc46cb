package org.openseason.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.FixedBitSet;

/**
 * The facet values of one search's kept matches ({@link KeptMatches}), counted for the matches a profile lets
 * through and ranked as {@code SortedSetDocValuesFacetCounts#getTopChildren} ranks them: most first, then in the
 * order of the values.
 *
 * <p>A selected facet's values are counted among the hits and the matches failing that selection only, as {@link
 * SidewaysPass} counts them; no other facet reads those values, so both go into one count per value.
 *
 * <p>The values are numbered among the matches alone (a local ordinal per value some match has, in the order of
 * the searcher's ordinals), so that a profile's counts are as long as the values its search can count, not as
 * all the values of the index, and ranking a facet looks at those values only.
 */
final class MatchFacets {

  private static final Facet[] FACETS = Facet.values();

  private final FacetOrdinals ordinals;
  /** Per local ordinal, the searcher's ordinal; increasing. */
  private final int[] global;
  /** Per facet, by {@link Facet#ordinal()}, the range of its local ordinals, {@code to} exclusive. */
  private final int[] from = new int[Facet.values().length];
  private final int[] to = new int[Facet.values().length];
  private final int widest;
  /** The hits with all their values, then per selection the matches failing it only with its facet's values. */
  private final List<Counted> counted = new ArrayList<>();

  /**
   * Matches that add values to the counts, with the values each adds.
   *
   * @param starts per match, where its local ordinals start in {@code ords}; one more entry, the end
   * @param all the counts of all of {@code matches}
   */
  private record Counted(FixedBitSet matches, int size, int[] starts, int[] ords, int[] all) {

    Counted(FixedBitSet matches, int[] starts, int[] ords, int values) {
      this(matches, matches.cardinality(), starts, ords, new int[values]);
      add(new long[matches.getBits().length], -1L, 1, all);
    }

    /**
     * Adds to {@code counts} the values of those of the matches that are not {@code excluded}: counted one by one,
     * or, when fewer are excluded than not, the counts of all less those of the excluded.
     */
    void addPassing(FixedBitSet excluded, int[] counts) {
      int out = (int) FixedBitSet.intersectionCount(matches, excluded);
      if (out < size - out) {
        for (int ord = 0; ord < all.length; ord++) {
          counts[ord] += all[ord];
        }
        add(excluded.getBits(), 0L, -1, counts);
      } else {
        add(excluded.getBits(), -1L, 1, counts);
      }
    }

    /** Adds {@code delta} per value of each match whose bit in {@code mask}, xor {@code flip}, is set. */
    private void add(long[] mask, long flip, int delta, int[] counts) {
      long[] bits = matches.getBits();
      for (int w = 0; w < bits.length; w++) {
        for (long word = bits[w] & (mask[w] ^ flip); word != 0; word &= word - 1) {
          int match = (w << 6) + Long.numberOfTrailingZeros(word);
          for (int k = starts[match]; k < starts[match + 1]; k++) {
            counts[ords[k]] += delta;
          }
        }
      }
    }
  }

  /**
   * @param byMatch per match, the searcher's ordinals of its values
   * @param order every match, once: match {@code i} here is match {@code order[i]} of {@code byMatch}
   * @param hits the matches that pass every selection
   * @param selected the facets of the selections, in their order
   * @param failingOnly per selection, the matches that fail it and pass every other
   */
  MatchFacets(FacetOrdinals ordinals, List<int[]> byMatch, int[] order, FixedBitSet hits, List<Facet> selected,
      List<FixedBitSet> failingOnly) {
    this.ordinals = ordinals;
    this.global = byMatch.stream().flatMapToInt(Arrays::stream).distinct().sorted().toArray();
    int[] starts = new int[order.length + 1];
    for (int i = 0; i < order.length; i++) {
      starts[i + 1] = starts[i] + byMatch.get(order[i]).length;
    }
    int[] ords = new int[starts[order.length]];
    for (int i = 0; i < order.length; i++) {
      int[] values = byMatch.get(order[i]);
      for (int v = 0; v < values.length; v++) {
        ords[starts[i] + v] = Arrays.binarySearch(global, values[v]);
      }
    }
    int widest = 0;
    for (Facet facet : Facet.values()) {
      from[facet.ordinal()] = local(ordinals.from(facet));
      to[facet.ordinal()] = local(ordinals.to(facet));
      widest = Math.max(widest, to[facet.ordinal()] - from[facet.ordinal()]);
    }
    this.widest = widest;
    counted.add(new Counted(hits, starts, ords, global.length));
    for (int s = 0; s < selected.size(); s++) {
      int first = from[selected.get(s).ordinal()];
      int last = to[selected.get(s).ordinal()];
      int[] facetStarts = new int[order.length + 1];
      int[] facetOrds = new int[ords.length];
      int n = 0;
      for (int i = 0; i < order.length; i++) {
        facetStarts[i] = n;
        for (int k = starts[i]; k < starts[i + 1]; k++) {
          if (ords[k] >= first && ords[k] < last) {
            facetOrds[n++] = ords[k];
          }
        }
      }
      facetStarts[order.length] = n;
      counted.add(new Counted(failingOnly.get(s), facetStarts, Arrays.copyOf(facetOrds, n), global.length));
    }
  }

  /** The first local ordinal whose searcher's ordinal is {@code ord} or more. */
  private int local(int ord) {
    int i = Arrays.binarySearch(global, ord);
    return i >= 0 ? i : -i - 1;
  }

  /**
   * Per local ordinal, its count among the matches not {@code excluded}: for a selected facet, among the hits
   * and the matches failing its selection only; for any other, among the hits.
   */
  int[] counts(FixedBitSet excluded) {
    int[] counts = new int[global.length];
    for (Counted c : counted) {
      c.addPassing(excluded, counts);
    }
    return counts;
  }

  /**
   * Per facet, its most frequent values.
   *
   * @param counts per local ordinal, as {@link #counts} made them
   * @param most how many values per facet
   */
  Map<Facet, List<FacetCount>> top(int[] counts, int most) {
    Map<Facet, List<FacetCount>> top = new EnumMap<>(Facet.class);
    int[] found = new int[widest];
    for (Facet facet : FACETS) {
      int m = 0;
      int highest = 0;
      for (int ord = from[facet.ordinal()]; ord < to[facet.ordinal()]; ord++) {
        if (counts[ord] > 0) {
          found[m++] = ord;
          highest = Math.max(highest, counts[ord]);
        }
      }
      int[] ranked = highest <= 4 * m ? byCount(found, m, highest, counts) : sorted(found, m, counts);
      List<FacetCount> values = new ArrayList<>(Math.min(most, m));
      for (int i = 0; i < Math.min(most, m); i++) {
        values.add(new FacetCount(ordinals.label(global[ranked[i]]), counts[ranked[i]]));
      }
      top.put(facet, values);
    }
    return top;
  }

  /**
   * The first {@code m} of {@code found} (increasing ordinals) ranked by count, most first, equal counts in the
   * order found: a counting sort, for a facet of many values (interests, organizers), whose counts are few.
   */
  private static int[] byCount(int[] found, int m, int highest, int[] counts) {
    int[] at = new int[highest + 1];
    for (int i = 0; i < m; i++) {
      at[counts[found[i]]]++;
    }
    int next = 0;
    for (int count = highest; count > 0; count--) {
      int these = at[count];
      at[count] = next;
      next += these;
    }
    int[] ranked = new int[m];
    for (int i = 0; i < m; i++) {
      ranked[at[counts[found[i]]]++] = found[i];
    }
    return ranked;
  }

  /** The same ranking by sorting, for a facet of few values with high counts (kinds, statuses). */
  private static int[] sorted(int[] found, int m, int[] counts) {
    // Count and ordinal in one long, ordered as the values are ranked: most first, then by ordinal.
    long[] keys = new long[m];
    for (int i = 0; i < m; i++) {
      keys[i] = (long) (Integer.MAX_VALUE - counts[found[i]]) << 32 | found[i];
    }
    Arrays.sort(keys);
    int[] ranked = new int[m];
    for (int i = 0; i < m; i++) {
      ranked[i] = (int) keys[i];
    }
    return ranked;
  }
}
