package org.openseason.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted snippets of a page of hits: the passage of the summary, or else the description, where the words
 * matched, with the matches in {@code <mark>}. The text is HTML-escaped here, so a snippet is safe to embed as is.
 *
 * <p>Both fields are indexed with offsets, so the matches are read from the postings; the query to highlight is any
 * of the person's words over these two fields only ({@link #QUERY_FIELDS}), not the whole ranked query over every
 * field: each hit matched that already, and every word of it found in the summary or description is marked.
 */
final class Snippets {

  private static final String[] FIELDS = {IndexFields.SUMMARY, IndexFields.DESCRIPTION};

  /** The fields to build the query to highlight over; weights do not matter to highlighting. */
  static final Map<String, Float> QUERY_FIELDS = Map.of(IndexFields.SUMMARY, 1f, IndexFields.DESCRIPTION, 1f);

  private Snippets() {}

  /**
   * One snippet per document, in the order of {@code docIds}; empty where nothing matched.
   *
   * @param query any of the words over {@link #QUERY_FIELDS}: the documents matched the whole query already
   */
  static List<Optional<String>> of(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds)
      throws IOException {
    if (docIds.length == 0) {
      return List.of();
    }
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withMaxLength(10_000)
            .build();
    int[] passages = {1, 1};
    Map<String, String[]> found = highlighter.highlightFields(FIELDS, query, docIds, passages);
    String[] summaries = found.get(IndexFields.SUMMARY);
    String[] descriptions = found.get(IndexFields.DESCRIPTION);
    Optional<String>[] snippets = newArray(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      String summary = summaries == null ? null : summaries[i];
      String description = descriptions == null ? null : descriptions[i];
      snippets[i] = Optional.ofNullable(marked(summary) ? summary : marked(description) ? description : null);
    }
    return List.of(snippets);
  }

  private static boolean marked(String text) {
    return text != null && text.contains("<mark>");
  }

  @SuppressWarnings("unchecked")
  private static Optional<String>[] newArray(int n) {
    return (Optional<String>[]) new Optional<?>[n];
  }
}
