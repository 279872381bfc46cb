package org.openseason.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A sentence or list item of a page, with the heading it sits under: the unit facts are read from, and the
 * evidence they keep.
 *
 * @param text the sentence
 * @param heading the text of the nearest heading above it
 */
record Statement(String text, String heading) {

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}0-9\"“(])");
  private static final int MAX_STATEMENTS = 2_000;

  /** The statements of {@code root}'s content, in document order, navigation and scripts left out. */
  static List<Statement> of(Element root) {
    List<Statement> statements = new ArrayList<>();
    String heading = "";
    for (Element e : root.getAllElements()) {
      if (statements.size() >= MAX_STATEMENTS) {
        break;
      }
      if (Blocks.INLINE.contains(e.normalName()) || Blocks.isChrome(e)) {
        continue;
      }
      if (Blocks.isHeading(e)) {
        heading = e.text();
        continue;
      }
      String own = Blocks.ownText(e);
      if (own.isEmpty()) {
        continue;
      }
      for (String sentence : SENTENCE_END.split(own)) {
        if (!sentence.isBlank()) {
          statements.add(new Statement(sentence.strip(), heading));
        }
      }
    }
    return statements;
  }
}
