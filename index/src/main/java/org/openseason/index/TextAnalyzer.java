package org.openseason.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * English analysis for every text field. The values of {@link IndexFields#ALL} (one per text field of a program)
 * are kept apart, so a phrase found there lies within one field, as the per-field query finds it.
 */
final class TextAnalyzer extends DelegatingAnalyzerWrapper {

  /** Far more positions than any phrase of a query spans. */
  private static final int GAP_BETWEEN_FIELDS = 1_000;

  private final Analyzer english = new EnglishAnalyzer();

  TextAnalyzer() {
    super(PER_FIELD_REUSE_STRATEGY);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return english;
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return IndexFields.ALL.equals(fieldName) ? GAP_BETWEEN_FIELDS : english.getPositionIncrementGap(fieldName);
  }
}
