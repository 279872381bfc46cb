package org.openseason.crawler.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.openseason.crawler.extract.SectionsSettings.IdeaField;

/**
 * The text under one heading, up to the next heading that stops it: its labelled items by field, and the
 * paragraphs that carry no label.
 *
 * @param fields the labelled bullets and lines, by the field their label names
 * @param paragraphs the unlabelled paragraphs and quotes
 */
record SectionText(Map<IdeaField, List<LabelledItem>> fields, List<String> paragraphs) {

  static SectionText read(Element heading, Set<Element> stops, Map<IdeaField, List<String>> labels) {
    return read(heading, stops, labels, Set.of());
  }

  /**
   * Like {@link #read(Element, Set, Map)}, {@code labelHeadings} being deeper headings that label the section's
   * fields ("#### Skills Required") rather than start sections of their own.
   */
  static SectionText read(Element heading, Set<Element> stops, Map<IdeaField, List<String>> labels,
      Set<Element> labelHeadings) {
    Map<IdeaField, List<LabelledItem>> fields = new EnumMap<>(IdeaField.class);
    List<String> paragraphs = new ArrayList<>();
    // A label on a line of its own ("**Desirable skills**", "Required Skills:") holds the blocks that follow it.
    Pending pending = Pending.NONE;
    for (Element e = heading.nextElementSibling(); e != null && !stops.contains(e)
        && e.select(Blocks.HEADING).stream().noneMatch(stops::contains); e = e.nextElementSibling()) {
      Optional<Optional<IdeaField>> alone = labelHeadings.contains(e)
          ? Optional.of(LabelledItem.field(e.text(), labels)) : labelAlone(e, labels);
      if (alone.isPresent()) {
        pending.flush(fields);
        pending = new Pending(alone.get());
        continue;
      }
      if (pending.field().isPresent() && pending.takes(e)) {
        continue;
      }
      switch (e.normalName()) {
        case "ul", "ol" -> e.select(Blocks.CHILD_ITEMS).forEach(li -> LabelledItem.ofListItem(li, labels)
            .ifPresent(item -> add(fields, item)));
        case "p" -> {
          boolean labelled = false;
          String[] lines = lines(e);
          LabelledItem current = null;
          for (int i = 0; i < lines.length; i++) {
            Optional<LabelledItem> item = LabelledItem.ofLine(lines[i], labels);
            if (item.isEmpty() && current != null && current.field() != IdeaField.DROP) {
              // A soft line break inside a labelled value: the line goes on the value.
              current = current.withInline(current.inline() + " " + lines[i].strip());
              continue;
            }
            if (current != null) {
              add(fields, current);
              current = null;
            }
            labelled |= item.isPresent();
            if (item.isPresent() && i == lines.length - 1 && lines[i].strip().matches("(?s).*[:：]$")) {
              pending.flush(fields);
              pending = new Pending(Optional.of(item.get().field()));
            } else if (item.isPresent()) {
              current = item.get();
            }
          }
          if (current != null) {
            add(fields, current);
          }
          if (!labelled) {
            paragraphs.add(Blocks.text(e));
          }
        }
        case "blockquote", "div", "section" -> paragraphs.add(Blocks.text(e));
        default -> { }
      }
    }
    pending.flush(fields);
    return new SectionText(fields, paragraphs);
  }

  private static void add(Map<IdeaField, List<LabelledItem>> fields, LabelledItem item) {
    fields.computeIfAbsent(item.field(), f -> new ArrayList<>()).add(item);
  }

  /**
   * A paragraph that is only a label, in bold ("**Expected result**", "**Required Skills:**"): the field it names,
   * or empty for a label of no field, whose blocks are then read as plain text.
   */
  private static Optional<Optional<IdeaField>> labelAlone(Element e, Map<IdeaField, List<String>> labels) {
    if (!e.normalName().equals("p") || e.childrenSize() != 1) {
      return Optional.empty();
    }
    Element bold = e.child(0);
    String text = e.text().replaceAll("[:：]\\s*$", "").strip();
    if (!(bold.normalName().equals("strong") || bold.normalName().equals("b")) || text.isEmpty()
        || text.length() > 40 || !bold.text().replaceAll("[:：]\\s*$", "").strip().equals(text)) {
      return Optional.empty();
    }
    return Optional.of(LabelledItem.field(text, labels));
  }

  /** The blocks that follow a label alone on its line, until the next label or heading. */
  private static final class Pending {

    static final Pending NONE = new Pending(Optional.empty());

    private final Optional<IdeaField> field;
    private final List<String> items = new ArrayList<>();
    private final List<String> blocks = new ArrayList<>();
    private Element source;
    private boolean open = true;

    Pending(Optional<IdeaField> field) {
      this.field = field;
    }

    Optional<IdeaField> field() {
      return field;
    }

    /** Takes a block of the label's content; false for a block that is not content (a table, a rule). */
    boolean takes(Element e) {
      switch (e.normalName()) {
        case "ul", "ol" -> e.select(Blocks.CHILD_ITEMS).forEach(li -> items.add(li.text()));
        case "p", "blockquote", "pre", "div" -> blocks.add(Blocks.text(e));
        default -> {
          return false;
        }
      }
      if (source == null || (source.selectFirst(Blocks.LINKS) == null && e.selectFirst(Blocks.LINKS) != null)) {
        source = e;
      }
      return true;
    }

    void flush(Map<IdeaField, List<LabelledItem>> fields) {
      if (field.isEmpty() || !open) {
        return;
      }
      open = false;
      if (field.get() == IdeaField.DROP) {
        add(fields, new LabelledItem(IdeaField.DROP, "", List.of(), List.of(), Optional.empty()));
        return;
      }
      List<String> rest = new ArrayList<>(blocks);
      String inline = items.isEmpty() && !rest.isEmpty() ? rest.remove(0) : "";
      add(fields, new LabelledItem(field.get(), inline, items, rest, Optional.ofNullable(source)));
    }
  }

  /** A paragraph's lines: at {@code <br>}, and at the line breaks of its source (Markdown soft breaks). */
  private static String[] lines(Element paragraph) {
    StringBuilder out = new StringBuilder();
    for (Node node : paragraph.childNodes()) {
      if (node instanceof TextNode text) {
        out.append(text.getWholeText());
      } else if (node instanceof Element child) {
        out.append(child.normalName().equals("br") ? "\n" : child.text());
      }
    }
    return out.toString().split("\\s*\n\\s*");
  }

  /**
   * A heading's title as its author typed it: for Markdown, code spans keep their backticks and runs of spaces are
   * kept; permalink marks at the end are dropped.
   */
  static String title(Element heading, boolean markdown) {
    if (!markdown) {
      return heading.text().replaceAll("[#¶🔗\\s]+$", "").strip();
    }
    StringBuilder out = new StringBuilder();
    appendTyped(heading, out);
    return out.toString().replaceAll("[\\t\\n\\r]+", " ").replaceAll("[#¶🔗\\s]+$", "").strip();
  }

  private static void appendTyped(Element e, StringBuilder out) {
    for (Node node : e.childNodes()) {
      if (node instanceof TextNode text) {
        out.append(text.getWholeText());
      } else if (node instanceof Element child) {
        if (child.normalName().equals("code")) {
          out.append('`').append(child.wholeText()).append('`');
        } else {
          appendTyped(child, out);
        }
      }
    }
  }
}
