package org.openseason.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;

/**
 * A text field indexed from tokens analyzed beforehand ({@link AnalyzedText}) instead of by the writer's
 * analyzer, and stored as its text when its type says so. The writer still adds the analyzer's position gap
 * between the values of a multi-valued field.
 */
final class AnalyzedField extends Field {

  private final AnalyzedText text;

  AnalyzedField(String name, AnalyzedText text, FieldType type) {
    super(name, type);
    this.text = text;
    this.fieldsData = text.text();
  }

  @Override
  public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
    return text.replay(reuse);
  }
}
