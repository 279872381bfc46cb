package org.openseason.crawler.extract;

import java.util.Optional;
import org.jsoup.nodes.Element;
import org.openseason.crawler.parse.HtmlPage;
import org.openseason.crawler.parse.Selectors;

/** What a page says it is: its front-matter title, its first top-level heading, or its HTML title. */
final class PageTitle {

  private PageTitle() {}

  static String of(HtmlPage page) {
    Element h1 = Blocks.mainContent(page.dom()).selectFirst(Selectors.of("h1"));
    return page.frontMatterText("title").or(() -> Optional.ofNullable(h1).map(Element::text))
        .orElse(page.dom().title()).strip();
  }
}
