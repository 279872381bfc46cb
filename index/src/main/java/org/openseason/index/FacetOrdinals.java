package org.openseason.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * The facet values of one searcher as ordinals, for {@link KeptMatches}: a match's values are read once as
 * ordinals, and each profile's counts are sums over the matches that pass its filter, ranked as {@code
 * SortedSetDocValuesFacetCounts#getTopChildren} ranks them (most first, then in the order of the values).
 */
final class FacetOrdinals {

  private final SortedSetDocValuesReaderState state;
  private final String[] labels;

  FacetOrdinals(SortedSetDocValuesReaderState state) throws IOException {
    this.state = state;
    this.labels = new String[state.getSize()];
    SortedSetDocValues values = state.getDocValues();
    for (int ord = 0; ord < labels.length; ord++) {
      String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
      labels[ord] = path[path.length - 1];
    }
  }

  /** How many ordinals there are: the size of a count array. */
  int size() {
    return labels.length;
  }

  /** Values of the whole reader's documents, read in increasing order of (global) document. */
  SortedSetDocValues values() throws IOException {
    return state.getDocValues();
  }

  /** The ordinals of a document's values, read from {@link #values()}. */
  static int[] of(SortedSetDocValues values, int doc) throws IOException {
    if (!values.advanceExact(doc)) {
      return new int[0];
    }
    int[] ords = new int[values.docValueCount()];
    for (int i = 0; i < ords.length; i++) {
      ords[i] = (int) values.nextOrd();
    }
    return ords;
  }

  /**
   * Per facet, its most frequent values.
   *
   * @param hits counts per ordinal among the hits
   * @param sideways per selected facet, in {@code selected}'s order, counts among the documents that fail that
   *     selection only; added to {@code hits} for that facet
   * @param most how many values per facet
   */
  Map<Facet, List<FacetCount>> top(int[] hits, List<int[]> sideways, List<Facet> selected, int most) {
    Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      int s = selected.indexOf(facet);
      int[] extra = s < 0 ? null : sideways.get(s);
      OrdRange range = state.getOrdRange(facet.key());
      List<int[]> found = new ArrayList<>();
      if (range != null) {
        for (int ord = range.start; ord <= range.end; ord++) {
          int count = hits[ord] + (extra == null ? 0 : extra[ord]);
          if (count > 0) {
            found.add(new int[] {ord, count});
          }
        }
      }
      found.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
      List<FacetCount> values = new ArrayList<>();
      for (int i = 0; i < Math.min(most, found.size()); i++) {
        values.add(new FacetCount(labels[found.get(i)[0]], found.get(i)[1]));
      }
      counts.put(facet, values);
    }
    return counts;
  }
}
