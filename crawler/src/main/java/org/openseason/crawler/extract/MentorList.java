package org.openseason.crawler.extract;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.openseason.crawler.ProgramFact;
import org.openseason.crawler.parse.HtmlPage;
import org.openseason.crawler.parse.Selectors;

/**
 * A page that lists a program's mentors ("List of mentors"): its entries are counted, each a list item or a
 * paragraph that is one link, and the count and the page are all that is kept. The names are personal data and
 * are never read into anything. A page of advice for mentors is not a list of them: entries must be short and
 * mostly link to a person's page.
 */
final class MentorList {

  private static final Pattern MENTORS = Pattern.compile("(?i)\\b(?:mentors|our mentors|list of mentors)\\b");
  private static final int MAX_ENTRY = 80;

  private MentorList() {}

  static Optional<ProgramFact> of(HtmlPage page) {
    if (!MENTORS.matcher(PageTitle.of(page)).find()) {
      return Optional.empty();
    }
    Element main = Blocks.mainContent(page.dom());
    int entries = 0;
    int linked = 0;
    for (Element e : main.select(Selectors.of("li, p"))) {
      boolean item = e.normalName().equals("li") && e.parent() != null
          && e.parent().closest(Blocks.NOT_STRUCTURE) == null;
      boolean linkParagraph = e.normalName().equals("p") && e.parent() != null
          && e.parent().closest(Blocks.NOT_STRUCTURE) == null && e.childrenSize() == 1
          && e.child(0).normalName().equals("a") && e.text().strip().equals(e.child(0).text().strip());
      if ((!item && !linkParagraph) || Blocks.isChrome(e) || e.text().isBlank()) {
        continue;
      }
      if (e.text().length() > MAX_ENTRY) {
        return Optional.empty();
      }
      entries++;
      linked += e.selectFirst(Blocks.LINKS) != null ? 1 : 0;
    }
    if (entries == 0 || linked * 2 < entries) {
      return Optional.empty();
    }
    return Optional.of(new ProgramFact.Mentors(entries, page.base().toString(),
        entries + " mentors listed on " + page.base() + " (their names are not kept)"));
  }
}
