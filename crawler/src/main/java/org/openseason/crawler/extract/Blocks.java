package org.openseason.crawler.extract;

import org.openseason.crawler.parse.Selectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Reading a page as blocks of text: the main content, each block's own text, headings above an element. */
final class Blocks {

  static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn",
      "em", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u",
      "var", "wbr", "font", "label", "img");
  static final Set<String> CHROME = Set.of("nav", "header", "footer", "aside", "script", "style", "noscript",
      "template", "form", "button", "select", "svg");
  static final String HEADINGS = "h1, h2, h3, h4, h5, h6";
  /** Selectors used on every element of a section, parsed once. */
  static final Evaluator HEADING = QueryParser.parse(HEADINGS);
  static final Evaluator NOT_STRUCTURE = QueryParser.parse("blockquote, li, table, nav, aside");
  static final Evaluator CHILD_LISTS = QueryParser.parse("> ul, > ol");
  static final Evaluator CHILD_ITEMS = QueryParser.parse("> li");
  static final Evaluator LISTS = QueryParser.parse("ul, ol");
  static final Evaluator LINKS = QueryParser.parse("a[href]");
  private static final Pattern LIST_GAP = Pattern.compile("(?m)(^- .*)\\n\\n(?=- )");
  private static final Pattern YEAR = Pattern.compile("\\b(199\\d|20\\d\\d)\\b");

  private Blocks() {}

  /** The page's main content: {@code main}, {@code article} or {@code [role=main]} when there is one. */
  static Element mainContent(Document dom) {
    Element main = dom.selectFirst(Selectors.of("main, [role=main], article"));
    return main != null ? main : dom.body();
  }

  /** True for elements in navigation, headers, footers, scripts and forms. */
  static boolean isChrome(Element e) {
    for (Element cur = e; cur != null; cur = cur.parent()) {
      if (CHROME.contains(cur.normalName())) {
        return true;
      }
    }
    return false;
  }

  static boolean isHeading(Element e) {
    String name = e.normalName();
    return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
  }

  static int level(Element heading) {
    return heading.normalName().charAt(1) - '0';
  }

  /** The text of an element's own inline content, leaving out nested blocks (lists, paragraphs, quotes). */
  static String ownText(Element e) {
    StringBuilder out = new StringBuilder();
    for (Node node : e.childNodes()) {
      if (node instanceof TextNode text) {
        out.append(text.text());
      } else if (node instanceof Element child) {
        if (child.normalName().equals("br")) {
          out.append(' ');
        } else if (INLINE.contains(child.normalName())) {
          out.append(child.text());
        }
      }
    }
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  /** The text of an element with its blocks (paragraphs, list items, headings) on lines of their own. */
  static String text(Element e) {
    StringBuilder out = new StringBuilder();
    appendBlocks(e, out);
    String text = out.toString().replaceAll("[ \\t]+", " ").replaceAll(" ?\\n ?", "\n").replaceAll("\\n{3,}", "\n\n")
        .strip();
    // Items of one list stay on consecutive lines.
    return LIST_GAP.matcher(text).replaceAll("$1\n");
  }

  private static void appendBlocks(Element e, StringBuilder out) {
    for (Node node : e.childNodes()) {
      if (node instanceof TextNode text) {
        out.append(text.text());
      } else if (node instanceof Element child) {
        if (child.normalName().equals("br")) {
          out.append('\n');
        } else if (INLINE.contains(child.normalName())) {
          out.append(child.text());
        } else if (child.normalName().equals("li")) {
          out.append("\n- ");
          appendBlocks(child, out);
          out.append('\n');
        } else {
          out.append("\n\n");
          appendBlocks(child, out);
          out.append("\n\n");
        }
      }
    }
  }

  /** The text of the nearest heading before {@code e} in document order. */
  static Optional<String> headingAbove(Element e) {
    for (Element cur = e; cur != null; cur = cur.parent()) {
      for (Element sibling = cur.previousElementSibling(); sibling != null;
          sibling = sibling.previousElementSibling()) {
        if (isHeading(sibling)) {
          return Optional.of(sibling.text());
        }
        Elements inside = sibling.select(HEADING);
        if (!inside.isEmpty()) {
          return Optional.of(inside.last().text());
        }
      }
    }
    return Optional.empty();
  }

  /** The nearest heading before {@code e} in document order that mentions a year, and that year. */
  static Optional<Integer> yearOfHeadingAbove(Element e) {
    for (Element cur = e; cur != null; cur = cur.parent()) {
      for (Element sibling = cur.previousElementSibling(); sibling != null;
          sibling = sibling.previousElementSibling()) {
        List<Element> headings = new ArrayList<>();
        if (isHeading(sibling)) {
          headings.add(sibling);
        } else {
          headings.addAll(sibling.select(HEADING));
        }
        for (int i = headings.size() - 1; i >= 0; i--) {
          Optional<Integer> year = year(headings.get(i).text());
          if (year.isPresent()) {
            return year;
          }
        }
      }
    }
    return Optional.empty();
  }

  static Optional<Integer> year(String text) {
    Matcher m = YEAR.matcher(text);
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }
}
