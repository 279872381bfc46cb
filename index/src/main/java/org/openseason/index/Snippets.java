package org.openseason.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
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
 *
 * <p>Matches are read per term, not through the query's weight ({@code withWeightMatches(false)}): with the
 * synonym phrases of an interest ("compilers and language tooling") the weight matched every phrase again for every
 * hit, and the whole search took about a fifth longer (JMH {@code SearchBenchmark.issueQuery}, 10,000 programs:
 * 8.5 against 10.6 ms). A phrase's words are then marked one by one.
 */
final class Snippets {

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
            .withWeightMatches(false)
            .build();
    Optional<String>[] snippets = newArray(docIds.length);
    // The description only of the hits whose summary has none of the words: most have them in the summary.
    String[] summaries = highlight(highlighter, IndexFields.SUMMARY, query, docIds);
    int[] rest = IntStream.range(0, docIds.length).filter(i -> !marked(summaries[i])).toArray();
    String[] descriptions =
        highlight(highlighter, IndexFields.DESCRIPTION, query, IntStream.of(rest).map(i -> docIds[i]).toArray());
    for (int i = 0; i < docIds.length; i++) {
      snippets[i] = Optional.ofNullable(marked(summaries[i]) ? summaries[i] : null);
    }
    for (int j = 0; j < rest.length; j++) {
      snippets[rest[j]] = Optional.ofNullable(marked(descriptions[j]) ? descriptions[j] : null);
    }
    return List.of(snippets);
  }

  /** One passage of a field per document, in the order of {@code docIds}; null where the field is empty. */
  private static String[] highlight(UnifiedHighlighter highlighter, String field, Query query, int[] docIds)
      throws IOException {
    if (docIds.length == 0) {
      return new String[0];
    }
    String[] found = highlighter.highlightFields(new String[] {field}, query, docIds, new int[] {1}).get(field);
    return found == null ? new String[docIds.length] : found;
  }

  private static boolean marked(String text) {
    return text != null && text.contains("<mark>");
  }

  @SuppressWarnings("unchecked")
  private static Optional<String>[] newArray(int n) {
    return (Optional<String>[]) new Optional<?>[n];
  }
}
