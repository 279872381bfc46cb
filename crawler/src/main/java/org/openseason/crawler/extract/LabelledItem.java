package org.openseason.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.openseason.crawler.extract.SectionsSettings.IdeaField;
import org.openseason.crawler.normalize.Technologies;

/**
 * A labelled bullet or line of an idea, "Recommended Skills: Go, Kubernetes", read into its field and values: the
 * text after the colon, the items of a nested list, the text of a nested quote or paragraphs. The label may be
 * followed by a full-width colon, or, when a nested list follows, by no colon at all ("Mentors").
 *
 * @param field the field the label names
 * @param inline the text after the label on the same line
 * @param items the nested list items
 * @param blocks the nested paragraphs and quotes, as text
 * @param source the list item, whose links are read when the field is a link (empty for a labelled line)
 */
record LabelledItem(IdeaField field, String inline, List<String> items, List<String> blocks,
    Optional<Element> source) {

  private static final Pattern LABEL = Pattern.compile("^\\s*([^:：]{1,40}?)\\s*[:：]\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern URL = Pattern.compile("https?://[^\\s)\\]>\"']+");

  /** Reads a list item: its first line holds the label. */
  static Optional<LabelledItem> ofListItem(Element li, Map<IdeaField, List<String>> labels) {
    Element firstBlock = li.children().isEmpty() ? null : li.child(0);
    boolean paragraphFirst = firstBlock != null && firstBlock.normalName().equals("p")
        && Blocks.ownText(li).isEmpty();
    String head = paragraphFirst ? Blocks.text(firstBlock) : Blocks.ownText(li);
    Optional<Head> parsed = head(head, labels, !li.select(Blocks.CHILD_LISTS).isEmpty());
    if (parsed.isEmpty() || parsed.get().field() == IdeaField.DROP) {
      return parsed.map(h -> new LabelledItem(h.field(), "", List.of(), List.of(), Optional.empty()));
    }
    List<String> items = new ArrayList<>();
    List<String> blocks = new ArrayList<>();
    for (Element child : li.children()) {
      if (paragraphFirst && child == firstBlock) {
        continue;
      }
      switch (child.normalName()) {
        case "ul", "ol" -> child.select(Blocks.CHILD_ITEMS).forEach(item -> items.add(item.text()));
        case "blockquote", "p", "div", "pre" -> blocks.add(Blocks.text(child));
        default -> { }
      }
    }
    return Optional.of(new LabelledItem(parsed.get().field(), parsed.get().rest(), items, blocks, Optional.of(li)));
  }

  /** Reads one line of a paragraph, "**Difficulty**: Intermediate". */
  static Optional<LabelledItem> ofLine(String line, Map<IdeaField, List<String>> labels) {
    return head(line, labels, false).map(h -> new LabelledItem(h.field(),
        h.field() == IdeaField.DROP ? "" : h.rest(), List.of(), List.of(), Optional.empty()));
  }

  private record Head(IdeaField field, String rest) {}

  private static Optional<Head> head(String text, Map<IdeaField, List<String>> labels, boolean hasNestedList) {
    Matcher m = LABEL.matcher(text);
    if (m.matches()) {
      return field(m.group(1), labels).map(field -> new Head(field, m.group(2).strip()));
    }
    if (hasNestedList && text.length() <= 40) {
      return field(text, labels).map(field -> new Head(field, ""));
    }
    return Optional.empty();
  }

  LabelledItem withInline(String text) {
    return new LabelledItem(field, text, items, blocks, source);
  }

  /** The field a label names: a configured name first, else the label's words ({@link LabelWords}). */
  static Optional<IdeaField> field(String label, Map<IdeaField, List<String>> labels) {
    return Labels.fieldOf(label, labels).or(() -> LabelWords.fieldOf(label));
  }

  /** The values as a list: the nested items, or else the inline text split on commas. */
  List<String> values() {
    if (!items.isEmpty()) {
      List<String> all = new ArrayList<>();
      if (!inline.isBlank()) {
        all.addAll(Technologies.split(inline));
      }
      all.addAll(items);
      return all;
    }
    return Technologies.split(inline);
  }

  /** The whole text: the inline part, the quotes and paragraphs, the list items. */
  String text() {
    List<String> parts = new ArrayList<>();
    if (!inline.isBlank()) {
      parts.add(inline);
    }
    parts.addAll(blocks);
    if (!items.isEmpty()) {
      parts.add(String.join("\n", items.stream().map(i -> "- " + i).toList()));
    }
    return String.join("\n\n", parts).strip();
  }

  /** The first absolute link: an anchor in the item, or a URL written in its text. */
  Optional<String> firstLink() {
    if (source.isPresent()) {
      for (Element a : source.get().select(Blocks.LINKS)) {
        String href = a.absUrl("href");
        if (href.startsWith("http")) {
          return Optional.of(href);
        }
      }
    }
    Matcher m = URL.matcher(source.map(Element::text).orElse(inline));
    return m.find() ? Optional.of(m.group().replaceAll("[.,;]+$", "")) : Optional.empty();
  }
}
