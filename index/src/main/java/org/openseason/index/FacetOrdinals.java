package org.openseason.index;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * The facet values of one searcher as ordinals, for {@link KeptMatches}: a match's values are read once as
 * ordinals, and each profile's counts are sums over the matches that pass its filter ({@link MatchFacets}).
 */
final class FacetOrdinals {

  private final SortedSetDocValuesReaderState state;
  private final String[] labels;
  /** Per facet, by {@link Facet#ordinal()}, the range of its ordinals, {@code to} exclusive. */
  private final int[] from = new int[Facet.values().length];
  private final int[] to = new int[Facet.values().length];

  FacetOrdinals(SortedSetDocValuesReaderState state) throws IOException {
    this.state = state;
    this.labels = new String[state.getSize()];
    SortedSetDocValues values = state.getDocValues();
    for (int ord = 0; ord < labels.length; ord++) {
      String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
      labels[ord] = path[path.length - 1];
    }
    for (Facet facet : Facet.values()) {
      OrdRange range = state.getOrdRange(facet.key());
      if (range != null) {
        from[facet.ordinal()] = range.start;
        to[facet.ordinal()] = range.end + 1;
      }
    }
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

  /** The first ordinal of the facet's values. */
  int from(Facet facet) {
    return from[facet.ordinal()];
  }

  /** One past the last ordinal of the facet's values; {@link #from} when the index has none. */
  int to(Facet facet) {
    return to[facet.ordinal()];
  }

  /** The value of an ordinal, as a facet count names it. */
  String label(int ord) {
    return labels[ord];
  }
}
