package org.openseason.api.feed;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Writes feed items as Atom 1.0 or RSS 2.0 with Rome, which escapes every text it writes. */
final class FeedWriter {

  /** The two formats, as Rome names them. */
  enum Format {
    ATOM("atom_1.0", "application/atom+xml;charset=utf-8"),
    RSS("rss_2.0", "application/rss+xml;charset=utf-8");

    final String rome;
    final String mediaType;

    Format(String rome, String mediaType) {
      this.rome = rome;
      this.mediaType = mediaType;
    }
  }

  private FeedWriter() {}

  /**
   * @param format Atom or RSS
   * @param id the feed's own stable id
   * @param title its title
   * @param self where the feed is read
   * @param page the page showing the same search
   * @param items newest first
   * @param updated when the feed last changed
   */
  static String write(Format format, String id, String title, String self, String page, List<FeedItem> items,
      Instant updated) {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType(format.rome);
    feed.setUri(id);
    feed.setTitle(title);
    feed.setDescription("Open-source programs on OpenSeason: new programs and rounds, applications opening and "
        + "closing. Dates marked expected are forecast from earlier rounds, not announced.");
    feed.setLink(page);
    feed.setLinks(List.of(link("alternate", page, "text/html"), link("self", self, format.mediaType.split(";")[0])));
    feed.setPublishedDate(Date.from(updated));
    feed.setLanguage("en");
    List<SyndEntry> entries = new ArrayList<>();
    for (FeedItem item : items) {
      SyndEntry entry = new SyndEntryImpl();
      entry.setUri(item.id());
      entry.setTitle(item.title());
      entry.setLink(item.link());
      entry.setPublishedDate(Date.from(item.published()));
      entry.setUpdatedDate(Date.from(item.published()));
      SyndContent content = new SyndContentImpl();
      content.setType("text/html");
      content.setValue(item.html());
      entry.setDescription(content);
      SyndCategoryImpl category = new SyndCategoryImpl();
      category.setName(item.category());
      List<com.rometools.rome.feed.synd.SyndCategory> categories = new ArrayList<>(List.of(category));
      if (item.expected()) {
        SyndCategoryImpl expected = new SyndCategoryImpl();
        expected.setName("expected");
        categories.add(expected);
      }
      entry.setCategories(categories);
      entries.add(entry);
    }
    feed.setEntries(entries);
    feed.setAuthor("OpenSeason");
    try {
      return new SyndFeedOutput().outputString(feed);
    } catch (FeedException e) {
      throw new IllegalStateException("cannot write a " + format + " feed", e);
    }
  }

  private static SyndLink link(String rel, String href, String type) {
    SyndLink link = new SyndLinkImpl();
    link.setRel(rel);
    link.setHref(href);
    link.setType(type);
    return link;
  }
}
