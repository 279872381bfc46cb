package org.openseason.crawler.extract;

import org.openseason.crawler.parse.Selectors;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.openseason.crawler.parse.HtmlPage;

/** The year a page is about, as its first heading or its title names it ("Term 03 - 2026 September - November"). */
final class PageYear {

  private PageYear() {}

  static Optional<Integer> of(HtmlPage page) {
    Element h1 = page.dom().selectFirst(Selectors.of("h1"));
    return Optional.ofNullable(h1).flatMap(h -> Blocks.year(h.text()))
        .or(() -> page.frontMatterText("title").flatMap(Blocks::year))
        .or(() -> Blocks.year(page.dom().title()));
  }
}
