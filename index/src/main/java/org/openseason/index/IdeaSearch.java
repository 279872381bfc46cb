package org.openseason.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Searches project ideas, which are documents of their own next to their program's: directly, and to roll the
 * ideas matching a program search up to the programs on a page ("3 matching project ideas").
 */
final class IdeaSearch {

  /** Title matches outrank matches in the description, skills and technologies. */
  static final Map<String, Float> FIELDS = Map.of(IndexFields.IDEA_TITLE, 3f, IndexFields.IDEA_TEXT, 1f);

  private static final int BEST_PER_PROGRAM = 3;
  private static final int ROLL_UP_WINDOW = 1_000;

  private final QueryFactory queries;
  private final ProgramDocuments documents;

  IdeaSearch(QueryFactory queries, ProgramDocuments documents) {
    this.queries = queries;
    this.documents = documents;
  }

  /**
   * The ideas of {@code programs} that match {@code text}, grouped by program, best first.
   *
   * @return per program slug, how many of its ideas match and the titles of the best
   */
  Map<String, ProgramHit.MatchingIdeas> rollUp(IndexSearcher searcher, UserQuery text, Collection<String> programs)
      throws IOException {
    Map<String, ProgramHit.MatchingIdeas> rolled = new LinkedHashMap<>();
    if (text.terms().isEmpty() || programs.isEmpty()) {
      return rolled;
    }
    Query query = new BooleanQuery.Builder()
        .add(queries.build(text, false, FIELDS, false), Occur.MUST)
        .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_IDEA)), Occur.FILTER)
        .add(new TermInSetQuery(IndexFields.OWNER, programs.stream().map(BytesRef::new).toList()), Occur.FILTER)
        .build();
    TopDocs top = searcher.search(query, ROLL_UP_WINDOW);
    Map<String, List<String>> titles = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ScoreDoc sd : top.scoreDocs) {
      var doc = searcher.storedFields().document(sd.doc, java.util.Set.of(IndexFields.OWNER, IndexFields.IDEA_TITLE));
      String owner = doc.get(IndexFields.OWNER);
      counts.merge(owner, 1, Integer::sum);
      List<String> best = titles.computeIfAbsent(owner, k -> new ArrayList<>());
      if (best.size() < BEST_PER_PROGRAM) {
        best.add(doc.get(IndexFields.IDEA_TITLE));
      }
    }
    counts.forEach((owner, count) -> rolled.put(owner, new ProgramHit.MatchingIdeas(count, titles.get(owner))));
    return rolled;
  }

  /** Ideas matching {@code text} (all ideas when empty), of the given programs only when any are named. */
  IdeaResult search(IndexSearcher searcher, String text, Collection<String> programs, int offset, int limit)
      throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder()
        .add(queries.build(UserQuery.parse(text), false, FIELDS, false), Occur.MUST)
        .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_IDEA)), Occur.FILTER);
    if (!programs.isEmpty()) {
      query.add(new TermInSetQuery(IndexFields.OWNER, programs.stream().map(BytesRef::new).toList()), Occur.FILTER);
    }
    TopDocs top = searcher.search(query.build(), Math.max(1, offset + limit));
    List<IdeaHit> hits = new ArrayList<>();
    for (int i = offset; i < top.scoreDocs.length && hits.size() < limit; i++) {
      hits.add(documents.toIdeaHit(searcher.storedFields().document(top.scoreDocs[i].doc), top.scoreDocs[i].score));
    }
    return new IdeaResult(searcher.count(query.build()), hits);
  }
}
