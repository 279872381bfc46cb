package org.openseason.index;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TermStatistics;

/**
 * A searcher that weighs a word of a name or an alias by how many programs have it anywhere ({@link
 * IndexFields#ALL}), not by how many names have it. "Open source" is in few names but in almost every program's
 * text: in a name it tells as little as in a description, so "Open Source Research Experience" does not lead
 * "beginner open source" on those words alone, while a word rare in the whole catalog ("hacktoberfest") keeps the
 * full weight of a name.
 */
final class CatalogWideSearcher extends IndexSearcher {

  static final SearcherFactory FACTORY = new SearcherFactory() {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
      return new CatalogWideSearcher(reader);
    }
  };

  CatalogWideSearcher(IndexReader reader) {
    super(reader);
  }

  @Override
  public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
    if (docFreq > 0 && (term.field().equals(IndexFields.NAME) || term.field().equals(IndexFields.ALIASES))) {
      // Every word of a name and of an alias is also in the program's all_text, so this is never fewer.
      int programs = Math.max(docFreq, getIndexReader().docFreq(new Term(IndexFields.ALL, term.bytes())));
      return new TermStatistics(term.bytes(), programs, Math.max(totalTermFreq, programs));
    }
    return super.termStatistics(term, docFreq, totalTermFreq);
  }
}
