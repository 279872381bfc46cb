package org.openseason.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.openseason.crawler.extract.SectionsSettings.IdeaField;
import org.openseason.crawler.normalize.DateText;
import org.openseason.crawler.parse.HtmlPage;

/**
 * Ideas written as a bulleted or numbered list, one idea per item ("help document [Noj](...)"), as a person reads
 * them: a list of three or more items under a heading that names ideas or projects (or, with no heading above it,
 * on a page whose title does), most of whose items link somewhere. Lists that are something else are left alone:
 * a table of contents
 * (links within the page), an index of other ideas pages, labelled fields ("Skills: ..."), dated steps, and anything
 * under a heading that names people (mentors, contacts), whose entries are personal data.
 */
final class IdeaLists {

  private static final int MIN_ITEMS = 3;
  private static final int MAX_TITLE = 200;
  private static final Pattern IDEAS_PAGE = Pattern.compile("(?i)idea|project|gsoc|summer.?of.?code");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*[–—:-]\\s+|\\s+[–—-]\\s*");

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
      if (items.size() < MIN_ITEMS || LabelWords.namesPeople(context) || LabelWords.namesPeople(title)
          || !HeadingLevels.namesIdeas(context)) {
        continue;
      }
      int linked = 0;
      int inPage = 0;
      int other = 0;
      int ideasPages = 0;
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
        ideasPages += isIdeasPageLink(li) ? 1 : 0;
        if (LabelledItem.ofListItem(li, labels).isPresent() || DateText.find(li.text()).isPresent()) {
          other++;
        }
      }
      if (linked * 2 < items.size() || inPage > linked || other * 2 >= items.size()
          || ideasPages * 2 > items.size()) {
        continue;
      }
      for (Element li : items) {
        idea(li).ifPresent(ideas::add);
      }
    }
    return ideas;
  }

  /**
   * An item that is only a link to another ideas page ("[ArviZ](.../wiki/GSoC-2026-projects)"): an umbrella
   * organization's index of its members' ideas pages, each of them a source of its own, not an idea.
   */
  private static boolean isIdeasPageLink(Element li) {
    Element a = li.selectFirst(Blocks.LINKS);
    return a != null && li.text().strip().equals(a.text().strip())
        && IDEAS_PAGE.matcher(a.attr("href")).find();
  }


  /**
   * An item: its own text is the title (the first sentence of a long one), a nested list its description. An item
   * that starts with its link and goes on after a dash or colon ("[Collaborative cursors](...) – show where others
   * type") is titled by the link, the rest describing it.
   */
  private static Optional<RawProject> idea(Element li) {
    Element first = li.childrenSize() > 0 ? li.child(0) : null;
    String own = Blocks.ownText(li);
    if (own.isEmpty() && first != null && first.normalName().equals("p")) {
      own = Blocks.ownText(first);
    }
    String text = own.replaceAll("[\\s.;,:]+$", "").strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<Element> anchor = li.select(Blocks.LINKS).stream().filter(a -> a.absUrl("href").startsWith("http"))
        .findFirst();
    Optional<String> link = anchor.map(a -> a.absUrl("href"));
    List<String> nested = li.select(Blocks.CHILD_LISTS).stream().map(Blocks::text).toList();
    Optional<String> description = nested.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", nested));
    String title = text;
    String linkText = anchor.map(a -> a.text().strip()).orElse("");
    Matcher lead = SEPARATOR.matcher(text.startsWith(linkText) ? text.substring(linkText.length()) : "");
    if (!linkText.isEmpty() && text.startsWith(linkText) && lead.lookingAt()) {
      title = linkText;
      String rest = text.substring(title.length() + lead.end()).strip();
      description = Optional.of(rest + description.map(d -> "\n\n" + d).orElse("")).filter(d -> !d.isBlank());
    } else if (text.length() > MAX_TITLE) {
      int end = text.indexOf(". ");
      title = end > 0 && end < MAX_TITLE ? text.substring(0, end)
          : text.substring(0, MAX_TITLE).replaceAll("\\s+\\S*$", "") + "…";
      description = Optional.of(Blocks.text(li));
    }
    return Optional.of(new RawProject(title, Optional.empty(), description, List.of(), List.of(), Optional.empty(),
        Optional.empty(), link));
  }
}
