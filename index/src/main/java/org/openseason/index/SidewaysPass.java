package org.openseason.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * The top hits and the drill-sideways facet counts of a search, in one pass over the documents that match its
 * query without any facet selection.
 *
 * <p>Each such document is tested against every selected facet. One that passes all is a hit: it is counted for
 * every facet and offered to the top-hits collector. One that fails exactly one selection is counted only for that
 * facet, which is what "counts as if its own selection were not made" means. The rest are skipped.
 *
 * <p>Which documents match and how they rank are two queries: the pass iterates the cheap one that only matches,
 * and the ranked query is advanced to a hit only when the top-hits collector asks for its score, that is when the
 * sort reaches the score (the deadline sort needs it only to break ties among the competitive hits). Lucene's
 * {@code DrillSideways} instead scores every document it visits.
 */
final class SidewaysPass {

  /**
   * What one pass found.
   *
   * @param top the best {@code window} hits in the sort's order
   * @param total how many documents pass every selection
   * @param hits the facet collector of the documents that pass every selection
   * @param sideways per selection, in the order given, the documents that pass every other selection
   */
  record Result(TopFieldDocs top, int total, FacetsCollector hits, List<FacetsCollector> sideways) {}

  private SidewaysPass() {}

  /**
   * Runs the pass.
   *
   * @param matching the documents to visit: those that match without facet selections
   * @param ranked the scores of those documents; it must match each of them
   * @param selections one filter per selected facet
   */
  static Result run(
      IndexSearcher searcher, Query matching, Query ranked, List<Query> selections, Sort sort, int window)
      throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(matching), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Weight scores = sort.needsScores() ? searcher.createWeight(searcher.rewrite(ranked), ScoreMode.COMPLETE, 1f) : null;
    List<Weight> filters = new ArrayList<>();
    for (Query selection : selections) {
      filters.add(searcher.createWeight(searcher.rewrite(selection), ScoreMode.COMPLETE_NO_SCORES, 1f));
    }
    // Every hit is counted here: no collector may stop early on a total hit threshold.
    TopFieldCollector top = new TopFieldCollectorManager(sort, window, null, Integer.MAX_VALUE, false).newCollector();
    FacetsCollector hits = new FacetsCollector();
    List<FacetsCollector> sideways = new ArrayList<>();
    filters.forEach(f -> sideways.add(new FacetsCollector()));
    int total = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Scorer rankedScorer = scores == null ? null : scores.scorer(leaf);
      total += collect(leaf, scorer, new LazyScore(rankedScorer), filters, top, hits, sideways);
    }
    return new Result(top.topDocs(), total, hits, sideways);
  }

  private static int collect(
      LeafReaderContext leaf, Scorer scorer, LazyScore score, List<Weight> filters, TopFieldCollector top,
      FacetsCollector hits, List<FacetsCollector> sideways) throws IOException {
    int dims = filters.size();
    DocIdSetIterator[] selected = new DocIdSetIterator[dims];
    LeafCollector[] sidewaysLeaves = new LeafCollector[dims];
    for (int i = 0; i < dims; i++) {
      Scorer s = filters.get(i).scorer(leaf);
      selected[i] = s == null ? DocIdSetIterator.empty() : s.iterator();
      sidewaysLeaves[i] = sideways.get(i).getLeafCollector(leaf);
    }
    LeafCollector topLeaf = top.getLeafCollector(leaf);
    topLeaf.setScorer(score);
    LeafCollector hitsLeaf = hits.getLeafCollector(leaf);
    Bits live = leaf.reader().getLiveDocs();
    DocIdSetIterator docs = scorer.iterator();
    int total = 0;
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      int missed = -1;
      int misses = 0;
      for (int i = 0; i < dims && misses < 2; i++) {
        DocIdSetIterator it = selected[i];
        if (it.docID() < doc) {
          it.advance(doc);
        }
        if (it.docID() != doc) {
          missed = i;
          misses++;
        }
      }
      if (misses == 0) {
        total++;
        score.doc = doc;
        topLeaf.collect(doc);
        hitsLeaf.collect(doc);
        for (LeafCollector l : sidewaysLeaves) {
          l.collect(doc);
        }
      } else if (misses == 1) {
        sidewaysLeaves[missed].collect(doc);
      }
    }
    topLeaf.finish();
    hitsLeaf.finish();
    for (LeafCollector l : sidewaysLeaves) {
      l.finish();
    }
    return total;
  }

  /** The ranked query's score of the current hit, computed when asked for; documents come in increasing order. */
  static final class LazyScore extends Scorable {

    private final Scorer ranked;
    int doc = -1;

    LazyScore(Scorer ranked) {
      this.ranked = ranked;
    }

    @Override
    public float score() throws IOException {
      if (ranked == null) {
        return 0f;
      }
      DocIdSetIterator it = ranked.iterator();
      if (it.docID() < doc) {
        it.advance(doc);
      }
      return it.docID() == doc ? ranked.score() : 0f;
    }

    @Override
    public int docID() {
      return doc;
    }
  }
}
