package org.openseason.crawler.parse;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.openseason.crawler.Problem;
import org.openseason.crawler.Stage;

/**
 * RSS and Atom with Rome, DOCTYPE refused outright: a feed never needs one, and a DOCTYPE is how external entities
 * (XXE) and entity expansion (billion laughs) get in. An HTML page where a feed was expected (an error page, a
 * login page) is recognised before XML parsing, so that its problem says what it is.
 */
final class FeedParser {

  private static final int SUMMARY_MAX = 1000;

  private FeedParser() {}

  static ParseResult parse(String xml, URI base, List<Problem> warnings) {
    if (Markup.looksLikeHtmlDocument(xml)) {
      return ParseResult.failed(Problem.fatal(Stage.PARSE, ParseReason.NOT_A_FEED,
          "an HTML page was served where a feed was expected"), warnings);
    }
    if (hasDoctype(xml)) {
      return ParseResult.failed(Problem.fatal(Stage.PARSE, ParseReason.DOCTYPE_FORBIDDEN,
          "the feed declares a DOCTYPE, which is never allowed (external entities, entity expansion)"), warnings);
    }
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new StringReader(xml));
    } catch (FeedException | RuntimeException e) {
      String message = String.valueOf(e.getMessage());
      ParseReason reason = message.toLowerCase(Locale.ROOT).contains("doctype") ? ParseReason.DOCTYPE_FORBIDDEN
          : ParseReason.MALFORMED_FEED;
      return ParseResult.failed(Problem.fatal(Stage.PARSE, reason, "not a readable feed: " + message), warnings);
    }
    List<FeedItem> items = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      items.add(item(entry, base));
    }
    Optional<String> title = Optional.ofNullable(feed.getTitle()).map(String::strip).filter(t -> !t.isEmpty());
    return new ParseResult(Optional.of(new FeedDocument(base, title, items)), warnings);
  }

  /** A DOCTYPE in the prolog, before the root element; one inside CDATA content is just text. */
  static boolean hasDoctype(String xml) {
    int at = 0;
    while (at < xml.length()) {
      int open = xml.indexOf('<', at);
      if (open < 0) {
        return false;
      }
      if (xml.startsWith("<?", open)) {
        at = skipPast(xml, open, "?>");
      } else if (xml.startsWith("<!--", open)) {
        at = skipPast(xml, open, "-->");
      } else {
        return xml.regionMatches(true, open, "<!DOCTYPE", 0, 9);
      }
      if (at < 0) {
        return false;
      }
    }
    return false;
  }

  private static int skipPast(String xml, int from, String end) {
    int close = xml.indexOf(end, from);
    return close < 0 ? -1 : close + end.length();
  }

  private static FeedItem item(SyndEntry entry, URI base) {
    String link = entry.getLink();
    if ((link == null || link.isBlank()) && entry.getLinks() != null && !entry.getLinks().isEmpty()) {
      SyndLink first = entry.getLinks().get(0);
      link = first.getHref();
    }
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return new FeedItem(text(entry.getTitle()), absolute(base, link), Optional.ofNullable(date).map(Date::toInstant),
        summary(entry));
  }

  private static String summary(SyndEntry entry) {
    SyndContent content = entry.getDescription();
    if ((content == null || content.getValue() == null) && entry.getContents() != null
        && !entry.getContents().isEmpty()) {
      content = entry.getContents().get(0);
    }
    String text = content == null || content.getValue() == null ? "" : text(content.getValue());
    return text.length() > SUMMARY_MAX ? text.substring(0, SUMMARY_MAX - 1) + "…" : text;
  }

  private static String text(String html) {
    return html == null ? "" : Jsoup.parse(html).text();
  }

  private static Optional<String> absolute(URI base, String link) {
    if (link == null || link.isBlank()) {
      return Optional.empty();
    }
    try {
      URI resolved = base.resolve(link.strip());
      return Optional.of(resolved.toString());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
