package org.openseason.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * A text analyzed once, its tokens kept to be indexed in every field that holds the text: a program's summary
 * goes into its own field and into {@link IndexFields#ALL}, an idea's text into the program's ideas, into
 * {@code all_text} and into the idea's own document. Analysis was most of a rebuild's work, and each text was
 * analyzed two or three times.
 *
 * <p>A replay hands the indexer what analyzing the text again would: each term's bytes, position increment and
 * offsets, and at the end the increment of trailing stop words and the text's length, from which the next value
 * of a multi-valued field goes on. Immutable: the texts of interests are analyzed once and shared by threads.
 */
final class AnalyzedText {

  private final String text;
  /** Every term's UTF-8 bytes, one after another; the term {@code i} ends at {@code termEnds[i]}. */
  private final byte[] terms;
  private final int[] termEnds;
  private final int[] increments;
  private final int[] startOffsets;
  private final int[] endOffsets;
  private final int size;
  private final int finalIncrement;
  private final int finalOffset;

  private AnalyzedText(String text, byte[] terms, int[] termEnds, int[] increments, int[] startOffsets,
      int[] endOffsets, int size, int finalIncrement, int finalOffset) {
    this.text = text;
    this.terms = terms;
    this.termEnds = termEnds;
    this.increments = increments;
    this.startOffsets = startOffsets;
    this.endOffsets = endOffsets;
    this.size = size;
    this.finalIncrement = finalIncrement;
    this.finalOffset = finalOffset;
  }

  /** Analyzes {@code text} as {@code analyzer} analyzes {@code field}. */
  static AnalyzedText of(Analyzer analyzer, String field, String text) {
    // English words average five or six letters and a separator: room for most texts' tokens without growing.
    Builder tokens = new Builder(text.length() / 5 + 1, text.length() + 1);
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      TermToBytesRefAttribute term = stream.getAttribute(TermToBytesRefAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.getBytesRef(), increment.getPositionIncrement(), offset.startOffset(), offset.endOffset());
      }
      stream.end();
      return tokens.build(text, increment.getPositionIncrement(), offset.endOffset());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyze a text held in memory", e);
    }
  }

  /**
   * The tokens of the texts joined by one space, without analyzing them again: the positions the values of a
   * multi-valued field get (the English analyzer puts no gap between values), so a phrase matches across two
   * values of the joined text exactly where it matches across two values of that field.
   */
  static AnalyzedText joined(List<AnalyzedText> texts) {
    Builder tokens = new Builder(texts.stream().mapToInt(t -> t.size).sum(),
        texts.stream().mapToInt(t -> t.size == 0 ? 0 : t.termEnds[t.size - 1]).sum());
    int shift = 0;
    int pendingIncrement = 0;
    for (AnalyzedText part : texts) {
      for (int i = 0; i < part.size; i++) {
        tokens.add(part.term(i), part.increments[i] + (i == 0 ? pendingIncrement : 0),
            shift + part.startOffsets[i], shift + part.endOffsets[i]);
      }
      pendingIncrement = (part.size == 0 ? pendingIncrement : 0) + part.finalIncrement;
      shift += part.text.length() + 1;
    }
    String text = String.join(" ", texts.stream().map(t -> t.text).toList());
    return tokens.build(text, pendingIncrement, text.length());
  }

  String text() {
    return text;
  }

  private BytesRef term(int i) {
    int start = i == 0 ? 0 : termEnds[i - 1];
    return new BytesRef(terms, start, termEnds[i] - start);
  }

  /** The tokens from the first, in {@code reuse} when that is a replay no longer in use. */
  TokenStream replay(TokenStream reuse) {
    Replay replay = reuse instanceof Replay r ? r : new Replay();
    replay.text = this;
    return replay;
  }

  /** Replays the tokens of one text after another; the indexer reuses it for every field that holds one. */
  private static final class Replay extends TokenStream {
    private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final BytesRef bytes = new BytesRef();
    private AnalyzedText text;
    private int next;

    /**
     * Sets every attribute a token has (the indexer's term frequency stays 1), so there is nothing to clear: that
     * clearing was most of a replay's own time.
     */
    @Override
    public boolean incrementToken() {
      if (next == text.size) {
        return false;
      }
      bytes.bytes = text.terms;
      bytes.offset = next == 0 ? 0 : text.termEnds[next - 1];
      bytes.length = text.termEnds[next] - bytes.offset;
      term.setBytesRef(bytes);
      increment.setPositionIncrement(text.increments[next]);
      offset.setOffset(text.startOffsets[next], text.endOffsets[next]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      increment.setPositionIncrement(text.finalIncrement);
      offset.setOffset(text.finalOffset, text.finalOffset);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }

  /** Collects tokens into growing arrays. */
  private static final class Builder {
    private byte[] terms;
    private int termBytes;
    private int[] termEnds;
    private int[] increments;
    private int[] startOffsets;
    private int[] endOffsets;
    private int size;

    Builder(int tokens, int bytes) {
      terms = new byte[bytes];
      termEnds = new int[tokens];
      increments = new int[tokens];
      startOffsets = new int[tokens];
      endOffsets = new int[tokens];
    }

    void add(BytesRef term, int increment, int startOffset, int endOffset) {
      terms = ArrayUtil.grow(terms, termBytes + term.length);
      System.arraycopy(term.bytes, term.offset, terms, termBytes, term.length);
      termBytes += term.length;
      if (size == termEnds.length) {
        termEnds = ArrayUtil.grow(termEnds);
        increments = ArrayUtil.grow(increments);
        startOffsets = ArrayUtil.grow(startOffsets);
        endOffsets = ArrayUtil.grow(endOffsets);
      }
      termEnds[size] = termBytes;
      increments[size] = increment;
      startOffsets[size] = startOffset;
      endOffsets[size] = endOffset;
      size++;
    }

    AnalyzedText build(String text, int finalIncrement, int finalOffset) {
      return new AnalyzedText(text, terms, termEnds, increments, startOffsets, endOffsets, size, finalIncrement,
          finalOffset);
    }
  }
}
