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
    Map<IdeaField, List<LabelledItem>> fields = new EnumMap<>(IdeaField.class);
    List<String> paragraphs = new ArrayList<>();
    for (Element e = heading.nextElementSibling(); e != null && !stops.contains(e)
        && e.select(Blocks.HEADING).stream().noneMatch(stops::contains); e = e.nextElementSibling()) {
      switch (e.normalName()) {
        case "ul", "ol" -> e.select(Blocks.CHILD_ITEMS).forEach(li -> LabelledItem.ofListItem(li, labels)
            .ifPresent(item -> fields.computeIfAbsent(item.field(), f -> new ArrayList<>()).add(item)));
        case "p" -> {
          boolean labelled = false;
          for (String line : lines(e)) {
            Optional<LabelledItem> item = LabelledItem.ofLine(line, labels);
            item.ifPresent(i -> fields.computeIfAbsent(i.field(), f -> new ArrayList<>()).add(i));
            labelled |= item.isPresent();
          }
          if (!labelled) {
            paragraphs.add(Blocks.text(e));
          }
        }
        case "blockquote", "div", "section" -> paragraphs.add(Blocks.text(e));
        default -> { }
      }
    }
    return new SectionText(fields, paragraphs);
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
