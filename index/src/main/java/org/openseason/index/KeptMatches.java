package org.openseason.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The matches of a search before its eligibility filter, kept per searcher, so that people asking the same words
 * and facets with their own profiles ("what can I apply to?") pay for their profile only: the profile's {@link
 * EligibilityRule}s run in memory over the kept matches' rule tokens and bounds, read once from doc values and held
 * by column ({@link MatchColumns}), instead of running the words, the facet selections, the scores and the sort
 * again. The facet counts are then made from the matches that pass, as {@link SidewaysPass} makes them ({@link
 * MatchFacets}); the page is the first passing matches, the matches being held in the sort's order; and the hits of
 * the page (stored fields, snippet, matching ideas), which do not depend on the profile, are read once per match,
 * the first time it is shown.
 *
 * <p>A search with more than {@link #MOST} matches is not kept (its arrays would crowd the heap): it runs with the
 * filter as a query, as every search did before.
 */
final class KeptMatches {

  /** The most matches a search may have to be kept. */
  static final int MOST = 20_000;
  /** Searches whose matches are kept per searcher. */
  static final int CAPACITY = 32;

  /** What the matches of a search depend on: everything of it but the profile and the page. */
  record Key(
      UserQuery words, boolean fuzzy, boolean everyWord, List<String> alike, Map<Facet, Set<String>> filters,
      Set<String> programs, Sort sort) {}

  /** Reads the hits of matches not shown before, in the order given. */
  @FunctionalInterface
  interface HitReader {
    List<ProgramHit> read(int[] docs, float[] scores) throws IOException;
  }

  /**
   * A profile's page of a search.
   *
   * @param total how many matches pass the filter and every selection
   * @param facets per facet its values among those matches; for a selected facet, among the matches that pass
   *     the filter and every other selection
   * @param page the hits of the page, in the sort's order
   */
  record Page(int total, Map<Facet, List<FacetCount>> facets, List<ProgramHit> page) {}

  private final KeptAnswers<Key, Optional<Matches>> kept = new KeptAnswers<>(CAPACITY);
  /**
   * Searches asked once on the current searcher. Their matches are kept from the second asking on: keeping them
   * costs more than the search (every match ranked and its columns read: 9 of the 16 ms of CPU of the first
   * search after a change at 10,000 programs), worth it when other profiles ask the same words, not for a search
   * asked with one profile only (a popular link, whose answer is then kept as it is) after every change.
   */
  private final KeptAnswers<Key, Boolean> asked = new KeptAnswers<>(4 * CAPACITY);

  /**
   * The matches of {@code key} on {@code searcher}, collected now or kept; empty the first time it is asked on
   * the searcher (see {@link #asked}) and when there are more than {@link #MOST}: the caller then runs the search
   * with the filter as a query.
   */
  Optional<Matches> get(IndexSearcher searcher, Key key, FacetOrdinals facets, Supplier<Search> queries)
      throws IOException {
    boolean[] first = {false};
    asked.get(searcher.getIndexReader(), key, () -> first[0] = true);
    if (first[0]) {
      return Optional.empty();
    }
    return kept.get(searcher.getIndexReader(), key, () -> {
      Search search = queries.get();
      return Optional.ofNullable(
          Matches.collect(searcher, facets, search, key.sort()));
    });
  }

  /**
   * A search's queries, built only when its matches are not kept.
   *
   * @param matching the documents to visit: those that match without facet selections or eligibility filter
   * @param ranked the scores of those documents
   * @param selected the selected facets, in the order of {@code selections}
   * @param selections one filter per selected facet
   */
  record Search(Query matching, Query ranked, List<Facet> selected, List<Query> selections) {

    Search {
      selected = List.copyOf(selected);
      selections = List.copyOf(selections);
      if (selected.size() != selections.size()) {
        throw new IllegalArgumentException("one selection per selected facet: " + selected + ", " + selections);
      }
    }
  }

  /**
   * One search's matches in the sort's order (match {@code i} is the {@code i}-th in rank), with what the filter,
   * the facet counts and the page need, by column: a profile's answer is a few operations on sets of matches.
   */
  static final class Matches {

    private final int[] docs;
    private final float[] scores;
    /** The matches that pass every selection. */
    private final FixedBitSet hits;
    private final MatchColumns columns;
    private final MatchFacets facets;
    private final AtomicReferenceArray<ProgramHit> shown;

    private Matches(int[] docs, float[] scores, FixedBitSet hits, MatchColumns columns, MatchFacets facets) {
      this.docs = docs;
      this.scores = scores;
      this.hits = hits;
      this.columns = columns;
      this.facets = facets;
      this.shown = new AtomicReferenceArray<>(docs.length);
    }

    /** Collects the matches, or returns {@code null} when there are more than {@link #MOST}. */
    static Matches collect(IndexSearcher searcher, FacetOrdinals facets, Search search, Sort sort)
        throws IOException {
      List<Query> selections = search.selections();
      if (selections.size() > Integer.SIZE - 1) {
        return null;
      }
      Weight weight = searcher.createWeight(searcher.rewrite(search.matching()), ScoreMode.COMPLETE_NO_SCORES, 1f);
      List<Weight> filters = new ArrayList<>();
      for (Query selection : selections) {
        filters.add(searcher.createWeight(searcher.rewrite(selection), ScoreMode.COMPLETE_NO_SCORES, 1f));
      }
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      int[] leafStarts = new int[leaves.size() + 1];
      int[] docs = new int[64];
      int[] passes = new int[64];
      MatchColumns.Reader eligibility = new MatchColumns.Reader();
      List<int[]> facetOrds = new ArrayList<>();
      SortedSetDocValues facetValues = facets.values();
      int n = 0;
      for (LeafReaderContext leaf : leaves) {
        leafStarts[leaf.ord] = n;
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
          continue;
        }
        DocIdSetIterator[] selected = new DocIdSetIterator[filters.size()];
        for (int i = 0; i < selected.length; i++) {
          Scorer s = filters.get(i).scorer(leaf);
          selected[i] = s == null ? DocIdSetIterator.empty() : s.iterator();
        }
        eligibility.leaf(leaf.reader());
        Bits live = leaf.reader().getLiveDocs();
        DocIdSetIterator it = scorer.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          if (n == MOST) {
            return null;
          }
          if (n == docs.length) {
            docs = Arrays.copyOf(docs, n * 2);
            passes = Arrays.copyOf(passes, n * 2);
          }
          docs[n] = leaf.docBase + doc;
          passes[n] = passed(selected, doc);
          eligibility.add(doc);
          facetOrds.add(FacetOrdinals.of(facetValues, leaf.docBase + doc));
          n++;
        }
      }
      leafStarts[leaves.size()] = n;
      int[] matchDocs = Arrays.copyOf(docs, n);
      float[] matchScores = new float[n];
      int[] byRank = rank(searcher, leaves, leafStarts, matchDocs, search.ranked(), sort, matchScores);
      int[] rankedDocs = new int[n];
      float[] rankedScores = new float[n];
      FixedBitSet hits = new FixedBitSet(n);
      List<FixedBitSet> failingOnly = new ArrayList<>();
      for (int s = 0; s < selections.size(); s++) {
        failingOnly.add(new FixedBitSet(n));
      }
      int all = (1 << selections.size()) - 1;
      for (int r = 0; r < n; r++) {
        int i = byRank[r];
        rankedDocs[r] = matchDocs[i];
        rankedScores[r] = matchScores[i];
        int missed = all & ~passes[i];
        if (missed == 0) {
          hits.set(r);
        } else if (Integer.bitCount(missed) == 1) {
          failingOnly.get(Integer.numberOfTrailingZeros(missed)).set(r);
        }
      }
      return new Matches(rankedDocs, rankedScores, hits, eligibility.columns(byRank),
          new MatchFacets(facets, facetOrds, byRank, hits, search.selected(), failingOnly));
    }

    private static int passed(DocIdSetIterator[] selected, int doc) throws IOException {
      int bits = 0;
      for (int i = 0; i < selected.length; i++) {
        DocIdSetIterator it = selected[i];
        if (it.docID() < doc) {
          it.advance(doc);
        }
        if (it.docID() == doc) {
          bits |= 1 << i;
        }
      }
      return bits;
    }

    /**
     * The matches in the sort's order, by the same collector as a search's top hits, so that ties fall as they
     * would there; fills each match's relevance score.
     */
    private static int[] rank(IndexSearcher searcher, List<LeafReaderContext> leaves, int[] leafStarts, int[] docs,
        Query ranked, Sort sort, float[] scores) throws IOException {
      int n = docs.length;
      if (n == 0) {
        return new int[0];
      }
      Weight scoring = sort.needsScores() ? searcher.createWeight(searcher.rewrite(ranked), ScoreMode.COMPLETE, 1f) : null;
      TopFieldCollector top = new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE, false).newCollector();
      for (LeafReaderContext leaf : leaves) {
        int from = leafStarts[leaf.ord];
        int to = leafStarts[leaf.ord + 1];
        if (from == to) {
          continue;
        }
        SidewaysPass.LazyScore score = new SidewaysPass.LazyScore(scoring == null ? null : scoring.scorer(leaf));
        LeafCollector collector = top.getLeafCollector(leaf);
        collector.setScorer(score);
        for (int i = from; i < to; i++) {
          score.doc = docs[i] - leaf.docBase;
          collector.collect(score.doc);
        }
        collector.finish();
      }
      ScoreDoc[] sorted = top.topDocs().scoreDocs;
      int[] byRank = new int[sorted.length];
      for (int r = 0; r < sorted.length; r++) {
        int i = Arrays.binarySearch(docs, sorted[r].doc);
        byRank[r] = i;
        scores[i] = ProgramSearch.score((FieldDoc) sorted[r], sort);
      }
      return byRank;
    }

    /**
     * The page of matches that no rule of {@code excluding} applies to, with the facet counts of those matches.
     *
     * @param excluding rules a program must not meet ({@link EligibilityQueries#excluding})
     * @param most how many values per facet to count
     */
    Page page(List<EligibilityRule> excluding, int most, int offset, int limit, HitReader reader)
        throws IOException {
      FixedBitSet excluded = columns.none();
      for (EligibilityRule rule : excluding) {
        rule.addTo(columns, excluded);
      }
      FixedBitSet passing = hits.clone();
      passing.andNot(excluded);
      return new Page(passing.cardinality(), facets.top(facets.counts(excluded), most),
          shown(passing, offset, limit, reader));
    }

    /** The hits of the page: the passing matches from the {@code offset}-th on, in rank order. */
    private List<ProgramHit> shown(FixedBitSet passing, int offset, int limit, HitReader reader)
        throws IOException {
      int[] page = new int[Math.min(limit, docs.length)];
      int found = 0;
      int skipped = 0;
      long[] bits = passing.getBits();
      for (int w = 0; w < bits.length && found < page.length; w++) {
        long word = bits[w];
        int count = Long.bitCount(word);
        if (skipped + count <= offset) {
          skipped += count;
          continue;
        }
        for (; word != 0 && found < page.length; word &= word - 1) {
          if (skipped++ >= offset) {
            page[found++] = (w << 6) + Long.numberOfTrailingZeros(word);
          }
        }
      }
      int unread = 0;
      int[] unreadDocs = new int[found];
      float[] unreadScores = new float[found];
      int[] unreadMatches = new int[found];
      for (int p = 0; p < found; p++) {
        int match = page[p];
        if (shown.get(match) == null) {
          unreadMatches[unread] = match;
          unreadDocs[unread] = docs[match];
          unreadScores[unread] = scores[match];
          unread++;
        }
      }
      if (unread > 0) {
        List<ProgramHit> read =
            reader.read(Arrays.copyOf(unreadDocs, unread), Arrays.copyOf(unreadScores, unread));
        for (int u = 0; u < unread; u++) {
          shown.set(unreadMatches[u], read.get(u));
        }
      }
      ProgramHit[] pageHits = new ProgramHit[found];
      for (int p = 0; p < found; p++) {
        pageHits[p] = shown.get(page[p]);
      }
      return List.of(pageHits);
    }
  }
}
