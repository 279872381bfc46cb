package org.openseason.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openseason.domain.TestPrograms.cycle;
import static org.openseason.domain.TestPrograms.listing;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.openseason.domain.Interest;
import org.openseason.domain.InterestVocabulary;
import org.openseason.domain.Program;
import org.openseason.domain.TestPrograms;

class AnalyzedTextTest {

  private static final Analyzer ANALYZER = new TextAnalyzer();
  private static final String FIELD = IndexFields.DESCRIPTION;

  @Test
  void replaysWhatAnalyzingTheTextAgainGives() throws IOException {
    String text = "The mentors' projects: compilers, parsers and the docs of the";

    assertThat(tokens(AnalyzedText.of(ANALYZER, FIELD, text).replay(null)))
        .isEqualTo(tokens(ANALYZER.tokenStream(FIELD, text)))
        .endsWith("end +2 @61");
  }

  @Test
  void replaysJoinedTextsAsTheTextsJoinedByASpace() throws IOException {
    List<String> texts = List.of("Rust compilers of the", "", "the", "Open source; the web", "and");
    List<AnalyzedText> analyzed = texts.stream().map(t -> AnalyzedText.of(ANALYZER, FIELD, t)).toList();

    assertThat(tokens(AnalyzedText.joined(analyzed).replay(null)))
        .isEqualTo(tokens(ANALYZER.tokenStream(FIELD, String.join(" ", texts))));
  }

  @Test
  void aReplayReusedForTheNextTextStartsFromItsFirstToken() throws IOException {
    TokenStream first = AnalyzedText.of(ANALYZER, FIELD, "parsers and compilers").replay(null);
    tokens(first);

    TokenStream second = AnalyzedText.of(ANALYZER, FIELD, "web browsers").replay(first);

    assertThat(second).isSameAs(first);
    assertThat(tokens(second)).isEqualTo(tokens(ANALYZER.tokenStream(FIELD, "web browsers")));
  }

  @Test
  void aProgramIsIndexedAsIfEachFieldAnalyzedItsOwnText() throws IOException {
    InterestVocabulary vocabulary = new InterestVocabulary(List.of(
        new Interest("rust", "Rust", true, List.of("rustlang")),
        new Interest("open-source", "Open source", true, List.of("oss", "the open web"))));
    ProgramDocuments documents = new ProgramDocuments(ProgramDocuments.facetsConfig(), vocabulary, ANALYZER);
    List<Document> analyzedOnce = documents.toDocuments(program(), Instant.parse("2026-03-20T00:00:00Z"), 0);

    assertThat(postings(analyzedOnce)).isEqualTo(postings(analyzedPerField(analyzedOnce)));
  }

  private static Program program() {
    Map<String, Object> l = listing("rust-season");
    l.put("name", "Season of the Rust");
    l.put("aliases", List.of("the Rust season of", "RSoC"));
    l.put("summary", "Mentors' projects for the compiler.");
    l.put("description", "Work on the compilers of the");
    l.put("interests", List.of("rust", "open-source", "unknown-interest"));
    Map<String, Object> c = cycle("2026", List.of());
    c.put("ideas", List.of(
        Map.of("title", "Compiler for a tiny language", "description", "Write a parser and code generator of the",
            "skills", List.of("parsing")),
        Map.of("title", "The", "description", "", "technologies", List.of("rust"))));
    l.put("cycles", List.of(c));
    return TestPrograms.program(l);
  }

  /** The same documents with every pre-analyzed field turned back into text for the writer's analyzer. */
  private static List<Document> analyzedPerField(List<Document> documents) {
    List<Document> copies = new ArrayList<>();
    for (Document document : documents) {
      Document copy = new Document();
      for (IndexableField field : document) {
        copy.add(field instanceof AnalyzedField f ? new Field(f.name(), f.stringValue(), f.fieldType()) : field);
      }
      copies.add(copy);
    }
    return copies;
  }

  /** Every term of every field with its documents, positions and offsets, and every norm. */
  private static List<String> postings(List<Document> documents) throws IOException {
    List<String> postings = new ArrayList<>();
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER))) {
        writer.addDocuments(documents);
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        LeafReader leaf = reader.leaves().get(0).reader();
        for (FieldInfo field : leaf.getFieldInfos()) {
          if (field.getIndexOptions() == IndexOptions.NONE) {
            continue;
          }
          TermsEnum terms = leaf.terms(field.name).iterator();
          for (BytesRef term = terms.next(); term != null; term = terms.next()) {
            PostingsEnum docs = terms.postings(null, PostingsEnum.ALL);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
              StringBuilder posting = new StringBuilder(field.name + ":" + term.utf8ToString() + " doc " + doc);
              for (int i = 0; i < docs.freq(); i++) {
                posting.append(" ").append(docs.nextPosition())
                    .append("@").append(docs.startOffset()).append("-").append(docs.endOffset());
              }
              postings.add(posting.toString());
            }
          }
          NumericDocValues norms = leaf.getNormValues(field.name);
          for (int doc = norms == null ? DocIdSetIterator.NO_MORE_DOCS : norms.nextDoc();
              doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
            postings.add(field.name + " norm doc " + doc + " " + norms.longValue());
          }
        }
      }
    }
    return postings;
  }

  /** Each token as "term +increment @start-end", then "end +increment @offset". */
  private static List<String> tokens(TokenStream stream) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (stream) {
      TermToBytesRefAttribute term = stream.getAttribute(TermToBytesRefAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.getBytesRef().utf8ToString() + " +" + increment.getPositionIncrement()
            + " @" + offset.startOffset() + "-" + offset.endOffset());
      }
      stream.end();
      tokens.add("end +" + increment.getPositionIncrement() + " @" + offset.endOffset());
    }
    return tokens;
  }
}
