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

  private final FacetOrdinals ordinals;
  /** Per local ordinal, the searcher's ordinal; increasing. */
  private final int[] global;
  /** Per match, where its local ordinals start in {@link #ords}; one more entry, the end. */
  private final int[] starts;
  private final int[] ords;
  /** Per selection, the same of the values of its facet only. */
  private final int[][] selectedStarts;
  private final int[][] selectedOrds;
  /** Per facet, by {@link Facet#ordinal()}, the range of its local ordinals, {@code to} exclusive. */
  private final int[] from = new int[Facet.values().length];
  private final int[] to = new int[Facet.values().length];
  private final int widest;

  /**
   * @param byMatch per match, the searcher's ordinals of its values
   * @param order every match, once: match {@code i} here is match {@code order[i]} of {@code byMatch}
   * @param selected the facets of the selections, in their order
   */
  MatchFacets(FacetOrdinals ordinals, List<int[]> byMatch, int[] order, List<Facet> selected) {
    this.ordinals = ordinals;
    this.global = byMatch.stream().flatMapToInt(Arrays::stream).distinct().sorted().toArray();
    this.starts = new int[order.length + 1];
    int length = 0;
    for (int i = 0; i < order.length; i++) {
      starts[i] = length;
      length += byMatch.get(order[i]).length;
    }
    starts[order.length] = length;
    this.ords = new int[length];
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
    this.selectedStarts = new int[selected.size()][];
    this.selectedOrds = new int[selected.size()][];
    for (int s = 0; s < selected.size(); s++) {
      int first = from[selected.get(s).ordinal()];
      int last = to[selected.get(s).ordinal()];
      int[] starts = new int[order.length + 1];
      int[] of = new int[ords.length];
      int n = 0;
      for (int i = 0; i < order.length; i++) {
        starts[i] = n;
        for (int k = this.starts[i]; k < this.starts[i + 1]; k++) {
          if (ords[k] >= first && ords[k] < last) {
            of[n++] = ords[k];
          }
        }
      }
      starts[order.length] = n;
      selectedStarts[s] = starts;
      selectedOrds[s] = Arrays.copyOf(of, n);
    }
  }

  /** The first local ordinal whose searcher's ordinal is {@code ord} or more. */
  private int local(int ord) {
    int i = Arrays.binarySearch(global, ord);
    return i >= 0 ? i : -i - 1;
  }

  /** Counts of none of the matches, by local ordinal. */
  int[] none() {
    return new int[global.length];
  }

  /** Adds to {@code counts} the values of the matches of {@code set}: the hits. */
  void count(FixedBitSet set, int[] counts) {
    count(set, starts, ords, counts);
  }

  /**
   * Adds to {@code counts} the values of selection {@code s}'s facet of the matches of {@code set}: those that
   * fail that selection only.
   */
  void countSelected(int s, FixedBitSet set, int[] counts) {
    count(set, selectedStarts[s], selectedOrds[s], counts);
  }

  private static void count(FixedBitSet set, int[] starts, int[] ords, int[] counts) {
    long[] bits = set.getBits();
    for (int w = 0; w < bits.length; w++) {
      for (long word = bits[w]; word != 0; word &= word - 1) {
        int match = (w << 6) + Long.numberOfTrailingZeros(word);
        for (int k = starts[match]; k < starts[match + 1]; k++) {
          counts[ords[k]]++;
        }
      }
    }
  }

  /**
   * Per facet, its most frequent values.
   *
   * @param counts per local ordinal, as {@link #count} and {@link #countSelected} made them
   * @param most how many values per facet
   */
  Map<Facet, List<FacetCount>> top(int[] counts, int most) {
    Map<Facet, List<FacetCount>> top = new EnumMap<>(Facet.class);
    // Count and local ordinal in one long, ordered as the values are ranked: most first, then by ordinal.
    long[] found = new long[widest];
    for (Facet facet : Facet.values()) {
      int m = 0;
      for (int ord = from[facet.ordinal()]; ord < to[facet.ordinal()]; ord++) {
        int count = counts[ord];
        if (count > 0) {
          found[m++] = (long) (Integer.MAX_VALUE - count) << 32 | ord;
        }
      }
      Arrays.sort(found, 0, m);
      List<FacetCount> values = new ArrayList<>(Math.min(most, m));
      for (int i = 0; i < Math.min(most, m); i++) {
        int ord = (int) found[i];
        values.add(new FacetCount(ordinals.label(global[ord]), Integer.MAX_VALUE - (int) (found[i] >>> 32)));
      }
      top.put(facet, values);
    }
    return top;
  }
}
