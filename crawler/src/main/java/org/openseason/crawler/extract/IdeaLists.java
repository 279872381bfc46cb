package org.openseason.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.openseason.crawler.extract.SectionsSettings.IdeaField;
import org.openseason.crawler.normalize.DateText;
import org.openseason.crawler.parse.HtmlPage;

/**
 * Ideas written as a bulleted or numbered list, one idea per item ("help document [Noj](...)"), as a person reads
 * them: a list of three or more items under a heading that names ideas or projects (or on a page whose title
 * does), most of whose items link somewhere. Lists that are something else are left alone: a table of contents
 * (links within the page), labelled fields ("Skills: ..."), dated steps, and anything under a heading that names
 * people (mentors, contacts), whose entries are personal data.
 */
final class IdeaLists {

  private static final int MIN_ITEMS = 3;
  private static final int MAX_TITLE = 200;

  private IdeaLists() {}

  static List<RawProject> read(HtmlPage page, Map<IdeaField, List<String>> labels) {
    Element main = Blocks.mainContent(page.dom());
    String title = PageTitle.of(page);
    List<RawProject> ideas = new ArrayList<>();
    for (Element list : main.select(Blocks.LISTS)) {
      if (list.parent() == null || list.parent().closest(Blocks.NOT_STRUCTURE) != null || Blocks.isChrome(list)) {
        continue;
      }
      List<Element> items = list.select(Blocks.CHILD_ITEMS);
      String context = Blocks.headingAbove(list).orElse(title);
      if (items.size() < MIN_ITEMS || namesPeople(context) || namesPeople(title)
          || !(HeadingLevels.namesIdeas(context) || HeadingLevels.namesIdeas(title))) {
        continue;
      }
      int linked = 0;
      int inPage = 0;
      int other = 0;
      for (Element li : items) {
        boolean link = false;
        for (Element a : li.select(Blocks.LINKS)) {
          if (a.attr("href").startsWith("#")) {
            inPage++;
          } else if (a.absUrl("href").startsWith("http")) {
            link = true;
          }
        }
        linked += link ? 1 : 0;
        if (LabelledItem.ofListItem(li, labels).isPresent() || DateText.find(li.text()).isPresent()) {
          other++;
        }
      }
      if (linked * 2 < items.size() || inPage > linked || other * 2 >= items.size()) {
        continue;
      }
      for (Element li : items) {
        idea(li).ifPresent(ideas::add);
      }
    }
    return ideas;
  }

  private static boolean namesPeople(String heading) {
    return LabelWords.fieldOf(heading).filter(f -> f == IdeaField.DROP).isPresent()
        || heading.matches("(?i).*\\b(?:mentors|people|team|contributors|maintainers|contacts)\\b.*");
  }

  /** An item: its own text is the title (the first sentence of a long one), a nested list its description. */
  private static Optional<RawProject> idea(Element li) {
    String text = Blocks.ownText(li).replaceAll("[\\s.;,:]+$", "").strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String title = text;
    Optional<String> description = li.select(Blocks.CHILD_LISTS).isEmpty() ? Optional.empty()
        : Optional.of(Blocks.text(li)).filter(d -> !d.isBlank());
    if (text.length() > MAX_TITLE) {
      int end = text.indexOf(". ");
      title = end > 0 && end < MAX_TITLE ? text.substring(0, end) : text.substring(0, MAX_TITLE).replaceAll("\\s+\\S*$", "") + "…";
      description = Optional.of(Blocks.text(li));
    }
    Optional<String> link = Optional.empty();
    for (Element a : li.select(Blocks.LINKS)) {
      if (a.absUrl("href").startsWith("http")) {
        link = Optional.of(a.absUrl("href"));
        break;
      }
    }
    return Optional.of(new RawProject(title, Optional.empty(), description, List.of(), List.of(), Optional.empty(),
        Optional.empty(), link));
  }
}
