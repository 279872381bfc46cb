package org.openseason.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * Searches project ideas, which are documents of their own next to their program's: directly, and to roll the
 * ideas matching a program search up to the programs on a page ("3 matching project ideas").
 */
final class IdeaSearch {

  /** Title matches outrank matches in the description, skills and technologies. */
  static final Map<String, Float> FIELDS = Map.of(IndexFields.IDEA_TITLE, 3f, IndexFields.IDEA_TEXT, 1f);

  private static final int BEST_PER_PROGRAM = 3;

  private final QueryFactory queries;
  private final ProgramDocuments documents;

  IdeaSearch(QueryFactory queries, ProgramDocuments documents) {
    this.queries = queries;
    this.documents = documents;
  }

  /**
   * The ideas of the programs on a page that match {@code text}, grouped by program, best first.
   *
   * <p>A program's ideas are indexed in one block with it ({@code IndexWriter#addDocuments} and {@code
   * #updateDocuments} keep a block's documents adjacent, in order): its {@code ideaCount} ideas are the documents
   * right after its own. So only those documents are looked at, in document order, instead of searching all ideas
   * for the page's owners.
   *
   * @param programs the programs' documents and their hits, which hold their slugs and idea counts
   * @return per program slug, how many of its ideas match and the titles of the best
   */
  Map<String, ProgramHit.MatchingIdeas> rollUp(IndexSearcher searcher, UserQuery text, List<Page> programs)
      throws IOException {
    Map<String, ProgramHit.MatchingIdeas> rolled = new LinkedHashMap<>();
    if (text.terms().isEmpty() || programs.isEmpty()) {
      return rolled;
    }
    Weight weight =
        searcher.createWeight(searcher.rewrite(queries.build(text, false, FIELDS, false)), ScoreMode.COMPLETE, 1f);
    List<Page> inDocOrder = programs.stream().sorted(Comparator.comparingInt(Page::doc)).toList();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    StoredFields stored = searcher.storedFields();
    LeafReaderContext leaf = null;
    Scorer scorer = null;
    for (Page program : inDocOrder) {
      if (program.hit().ideaCount() == 0) {
        continue;
      }
      LeafReaderContext of = leaves.get(ReaderUtil.subIndex(program.doc(), leaves));
      if (of != leaf) {
        leaf = of;
        scorer = weight.scorer(leaf);
      }
      if (scorer == null) {
        continue;
      }
      int first = program.doc() + 1 - leaf.docBase;
      int last = program.doc() + program.hit().ideaCount() - leaf.docBase;
      DocIdSetIterator it = scorer.iterator();
      if (it.docID() < first) {
        it.advance(first);
      }
      List<ScoreDoc> matched = new ArrayList<>();
      for (; it.docID() <= last; it.nextDoc()) {
        matched.add(new ScoreDoc(it.docID() + leaf.docBase, scorer.score()));
      }
      if (!matched.isEmpty()) {
        List<String> best = new ArrayList<>();
        matched.stream()
            .sorted(Comparator.comparingDouble((ScoreDoc sd) -> -sd.score).thenComparingInt(sd -> sd.doc))
            .limit(BEST_PER_PROGRAM)
            .forEach(sd -> best.add(title(stored, sd.doc)));
        rolled.put(program.hit().slug(), new ProgramHit.MatchingIdeas(matched.size(), best));
      }
    }
    return rolled;
  }

  private static String title(StoredFields stored, int doc) {
    try {
      return stored.document(doc, Set.of(IndexFields.IDEA_TITLE)).get(IndexFields.IDEA_TITLE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A program on the page.
   *
   * @param doc its document
   * @param hit what was read of it
   */
  record Page(int doc, ProgramHit hit) {}

  /** Ideas matching {@code text} (all ideas when empty), of the given programs only when any are named. */
  IdeaResult search(IndexSearcher searcher, String text, Collection<String> programs, int offset, int limit)
      throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder()
        .add(queries.build(UserQuery.parse(text), false, FIELDS, false), Occur.MUST)
        .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_IDEA)), Occur.FILTER);
    if (!programs.isEmpty()) {
      query.add(new TermInSetQuery(IndexFields.OWNER, programs.stream().map(BytesRef::new).toList()), Occur.FILTER);
    }
    // The latest round's ideas first among equally good matches (and when no words are given).
    Query ranked =
        FunctionScoreQuery.boostByValue(query.build(), DoubleValuesSource.fromFloatField(IndexFields.IDEA_ROUND_BOOST));
    TopDocs top = searcher.search(ranked, Math.max(1, offset + limit));
    List<ScoreDoc> page =
        List.of(top.scoreDocs).subList(Math.min(offset, top.scoreDocs.length), top.scoreDocs.length);
    // Stored fields are decompressed a block at a time and a program's ideas sit next to each other: read in
    // document order, the hits of one block cost one decompression instead of one each (most of an idea search).
    Map<Integer, IdeaHit> read = new HashMap<>();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : page.stream().sorted(Comparator.comparingInt(sd -> sd.doc)).toList()) {
      read.put(sd.doc, documents.toIdeaHit(stored.document(sd.doc), sd.score));
    }
    List<IdeaHit> hits = page.stream().map(sd -> read.get(sd.doc)).toList();
    return new IdeaResult(searcher.count(query.build()), hits);
  }
}
