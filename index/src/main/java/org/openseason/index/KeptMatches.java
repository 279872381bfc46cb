package org.openseason.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
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

/**
 * The matches of a search before its eligibility filter, kept per searcher, so that people asking the same words
 * and facets with their own profiles ("what can I apply to?") pay for their profile only: each kept match is
 * tested against the profile's {@link EligibilityRule}s in memory, from the rule tokens and bounds read once from
 * doc values, instead of running the words, the facet selections, the scores and the sort again. The facet counts
 * are then made from the matches that pass, in one pass as {@link SidewaysPass} makes them, and the hits of the
 * page (stored fields, snippet, matching ideas), which do not depend on the profile, are read once per match, the
 * first time it is shown.
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
   * The matches of {@code key} on {@code searcher}, collected now or kept; empty when there are more than {@link
   * #MOST}.
   */
  Optional<Matches> get(IndexSearcher searcher, Key key, FacetOrdinals facets, Supplier<Search> queries)
      throws IOException {
    return kept.get(searcher.getIndexReader(), key, () -> {
      Search search = queries.get();
      return Optional.ofNullable(
          Matches.collect(searcher, facets, search.matching(), search.ranked(), search.selections(), key.sort()));
    });
  }

  /**
   * A search's queries, built only when its matches are not kept.
   *
   * @param matching the documents to visit: those that match without facet selections or eligibility filter
   * @param ranked the scores of those documents
   * @param selections one filter per selected facet
   */
  record Search(Query matching, Query ranked, List<Query> selections) {}

  /** One search's matches in document order, with what the filter, the facet counts and the page need. */
  static final class Matches {

    private static final String[] BOUNDS =
        {EligibilityFields.BIRTH_LATEST, EligibilityFields.BIRTH_EARLIEST, EligibilityFields.MIN_HOURS};

    private final int[] docs;
    /** Per match, bit {@code i} set when it passes selection {@code i}. */
    private final int[] passes;
    private final int selections;
    /** Per leaf, the index of its first match; one more entry, the number of matches. */
    private final int[] leafStarts;
    /** Per match, its rule tokens as ids of {@link #tokenIds}. */
    private final int[][] tokens;
    private final Map<String, Integer> tokenIds;
    /** Per bound of {@link #BOUNDS}, per match, its value; {@link #present} says whether it has one. */
    private final long[][] bounds;
    private final boolean[][] present;
    /** Match indices in the sort's order. */
    private final int[] byRank;
    private final float[] scores;
    /** Per match, the ordinals of its facet values ({@link FacetOrdinals}). */
    private final int[][] facetOrds;
    private final FacetOrdinals facets;
    private final Map<Integer, ProgramHit> shown = new ConcurrentHashMap<>();

    private Matches(int[] docs, int[] passes, int selections, int[] leafStarts, int[][] tokens,
        Map<String, Integer> tokenIds, long[][] bounds, boolean[][] present, int[] byRank, float[] scores,
        int[][] facetOrds, FacetOrdinals facets) {
      this.docs = docs;
      this.passes = passes;
      this.selections = selections;
      this.leafStarts = leafStarts;
      this.tokens = tokens;
      this.tokenIds = tokenIds;
      this.bounds = bounds;
      this.present = present;
      this.byRank = byRank;
      this.scores = scores;
      this.facetOrds = facetOrds;
      this.facets = facets;
    }

    /** Collects the matches, or returns {@code null} when there are more than {@link #MOST}. */
    static Matches collect(IndexSearcher searcher, FacetOrdinals facets, Query matching, Query ranked,
        List<Query> selections, Sort sort) throws IOException {
      if (selections.size() > Integer.SIZE - 1) {
        return null;
      }
      Weight weight = searcher.createWeight(searcher.rewrite(matching), ScoreMode.COMPLETE_NO_SCORES, 1f);
      List<Weight> filters = new ArrayList<>();
      for (Query selection : selections) {
        filters.add(searcher.createWeight(searcher.rewrite(selection), ScoreMode.COMPLETE_NO_SCORES, 1f));
      }
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      int[] leafStarts = new int[leaves.size() + 1];
      int[] docs = new int[64];
      int[] passes = new int[64];
      List<int[]> tokens = new ArrayList<>();
      List<long[]> bounds = new ArrayList<>();
      List<int[]> facetOrds = new ArrayList<>();
      SortedSetDocValues facetValues = facets.values();
      Map<String, Integer> tokenIds = new HashMap<>();
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
        SortedSetDocValues rules = DocValues.getSortedSet(leaf.reader(), EligibilityFields.RULE);
        NumericDocValues[] values = new NumericDocValues[BOUNDS.length];
        for (int b = 0; b < BOUNDS.length; b++) {
          values[b] = DocValues.getNumeric(leaf.reader(), BOUNDS[b]);
        }
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
          tokens.add(tokens(rules, doc, tokenIds));
          bounds.add(bounds(values, doc));
          facetOrds.add(FacetOrdinals.of(facetValues, leaf.docBase + doc));
          n++;
        }
      }
      leafStarts[leaves.size()] = n;
      long[][] boundValues = new long[BOUNDS.length][n];
      boolean[][] present = new boolean[BOUNDS.length][n];
      for (int i = 0; i < n; i++) {
        long[] row = bounds.get(i);
        for (int b = 0; b < BOUNDS.length; b++) {
          present[b][i] = row != null && row[2 * b] != 0;
          boundValues[b][i] = row == null ? 0 : row[2 * b + 1];
        }
      }
      int[] matchDocs = Arrays.copyOf(docs, n);
      float[] scores = new float[n];
      int[] byRank = rank(searcher, leaves, leafStarts, matchDocs, ranked, sort, scores);
      return new Matches(matchDocs, Arrays.copyOf(passes, n), selections.size(), leafStarts,
          tokens.toArray(int[][]::new), Map.copyOf(tokenIds), boundValues, present, byRank, scores,
          facetOrds.toArray(int[][]::new), facets);
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

    private static int[] tokens(SortedSetDocValues rules, int doc, Map<String, Integer> ids) throws IOException {
      if (!rules.advanceExact(doc)) {
        return new int[0];
      }
      int[] found = new int[rules.docValueCount()];
      for (int i = 0; i < found.length; i++) {
        String token = rules.lookupOrd(rules.nextOrd()).utf8ToString();
        found[i] = ids.computeIfAbsent(token, t -> ids.size());
      }
      return found;
    }

    /** Pairs of (present, value) per bound, or {@code null} when the match has none. */
    private static long[] bounds(NumericDocValues[] values, int doc) throws IOException {
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
     * @param selected the selected facets, in the order of the selections the matches were collected with
     * @param most how many values per facet to count
     */
    Page page(List<EligibilityRule> excluding, List<Facet> selected, int most, int offset, int limit,
        HitReader reader) throws IOException {
      Row row = new Row();
      boolean[] passing = new boolean[docs.length];
      int all = (1 << selections) - 1;
      int[] hits = new int[facets.size()];
      List<int[]> sideways = new ArrayList<>();
      for (int s = 0; s < selections; s++) {
        sideways.add(new int[facets.size()]);
      }
      int total = 0;
      for (int i = 0; i < docs.length; i++) {
        int missed = all & ~passes[i];
        if (Integer.bitCount(missed) > 1 || row.at(i).excluded(excluding)) {
          continue;
        }
        int[] counts = missed == 0 ? hits : sideways.get(Integer.numberOfTrailingZeros(missed));
        for (int ord : facetOrds[i]) {
          counts[ord]++;
        }
        if (missed == 0) {
          passing[i] = true;
          total++;
        }
      }
      return new Page(total, facets.top(hits, sideways, selected, most), shown(passing, offset, limit, reader));
    }

    private List<ProgramHit> shown(boolean[] passing, int offset, int limit, HitReader reader) throws IOException {
      List<Integer> page = new ArrayList<>();
      int skipped = 0;
      for (int r = 0; r < byRank.length && page.size() < limit; r++) {
        int i = byRank[r];
        if (passing[i] && skipped++ >= offset) {
          page.add(i);
        }
      }
      int[] unread = page.stream().filter(i -> !shown.containsKey(i)).mapToInt(Integer::intValue).toArray();
      if (unread.length > 0) {
        int[] unreadDocs = new int[unread.length];
        float[] unreadScores = new float[unread.length];
        for (int u = 0; u < unread.length; u++) {
          unreadDocs[u] = docs[unread[u]];
          unreadScores[u] = scores[unread[u]];
        }
        List<ProgramHit> read = reader.read(unreadDocs, unreadScores);
        for (int u = 0; u < unread.length; u++) {
          shown.put(unread[u], read.get(u));
        }
      }
      return page.stream().map(shown::get).toList();
    }

    /** One match's eligibility fields, moved from match to match. */
    private final class Row implements EligibilityRule.Row {

      /**
       * The id of each token asked for, by identity: the rules of one page ask for the same few strings, and
       * comparing references is cheaper than hashing them for every match.
       */
      private String[] askedTokens = new String[8];
      private int[] askedIds = new int[8];
      private int asked;
      private int i;

      Row at(int match) {
        i = match;
        return this;
      }

      boolean excluded(List<EligibilityRule> rules) {
        for (EligibilityRule rule : rules) {
          if (rule.test(this)) {
            return true;
          }
        }
        return false;
      }

      @Override
      public boolean has(String token) {
        int id = id(token);
        if (id < 0) {
          return false;
        }
        for (int t : tokens[i]) {
          if (t == id) {
            return true;
          }
        }
        return false;
      }

      private int id(String token) {
        for (int a = 0; a < asked; a++) {
          if (askedTokens[a] == token) {
            return askedIds[a];
          }
        }
        if (asked == askedTokens.length) {
          askedTokens = Arrays.copyOf(askedTokens, asked * 2);
          askedIds = Arrays.copyOf(askedIds, asked * 2);
        }
        askedTokens[asked] = token;
        askedIds[asked] = tokenIds.getOrDefault(token, -1);
        return askedIds[asked++];
      }

      @Override
      public boolean hasBound(String field) {
        return present[boundIndex(field)][i];
      }

      @Override
      public long bound(String field) {
        return bounds[boundIndex(field)][i];
      }

      private int boundIndex(String field) {
        for (int b = 0; b < BOUNDS.length; b++) {
          if (BOUNDS[b].equals(field)) {
            return b;
          }
        }
        throw new IllegalArgumentException("not a bound: " + field);
      }
    }
  }
}
