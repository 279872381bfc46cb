package org.openseason.crawler.extract;

import org.openseason.crawler.parse.Selectors;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The footnotes under a table: list items or paragraphs that start with asterisks ("*Indian students only",
 * "** OSoC is only open to Belgian students"), up to the next table or heading; a cell ending in the same number
 * of asterisks refers to one.
 */
final class Footnotes {

  private static final Pattern NOTE = Pattern.compile("^\\s*(\\*+)\\s*(.+)$", Pattern.DOTALL);
  private static final Pattern MARK = Pattern.compile("(\\*+)\\s*$");

  static final Footnotes NONE = new Footnotes(Map.of());

  private final Map<String, String> notes;

  private Footnotes(Map<String, String> notes) {
    this.notes = notes;
  }

  static Footnotes below(Element table) {
    Map<String, String> notes = new HashMap<>();
    Element anchor = table;
    while (anchor.nextElementSibling() == null && anchor.parent() != null && anchor.parent().childrenSize() == 1) {
      anchor = anchor.parent();
    }
    for (Element next = anchor.nextElementSibling(); next != null; next = next.nextElementSibling()) {
      if (next.normalName().equals("table") || Blocks.isHeading(next) || !next.select(Selectors.of("table")).isEmpty()) {
        break;
      }
      for (Element block : next.select(Selectors.of("li, p"))) {
        Matcher m = NOTE.matcher(block.text());
        if (m.matches()) {
          notes.putIfAbsent(m.group(1), m.group(2).strip());
        }
      }
      Matcher own = NOTE.matcher(next.ownText());
      if (next.normalName().equals("p") && own.matches()) {
        notes.putIfAbsent(own.group(1), own.group(2).strip());
      }
    }
    return new Footnotes(notes);
  }

  /** The footnote a cell's trailing asterisks refer to. */
  Optional<String> forCell(String cellText) {
    Matcher m = MARK.matcher(cellText);
    return m.find() ? Optional.ofNullable(notes.get(m.group(1))) : Optional.empty();
  }
}
