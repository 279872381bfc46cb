package org.openseason.web.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the {@link Head} of search and program pages: every follow link carries the same search parameters as
 * the page, so the calendar, the feeds and the embed show what the page shows.
 */
final class Heads {

  private Heads() {}

  static Head search(String site, Map<String, List<String>> params, String title, String description) {
    Map<String, List<String>> kept = new LinkedHashMap<>(params);
    kept.remove("page");
    String query = query(kept);
    String canonical = site + "/" + query;
    Head.Follow follow = follow(site, "/calendar/programs.ics" + query, query);
    return new Head(canonical, title, description, "website",
        Optional.of(site + "/oembed?format=json&url=" + encode(canonical)), feeds(follow), Optional.empty(), follow);
  }

  static Head program(String site, String slug, String title, String description, Optional<String> jsonLd) {
    String canonical = site + "/programs/" + slug;
    String query = "?program=" + encode(slug);
    Head.Follow follow = follow(site, "/calendar/programs/" + slug + ".ics", query);
    return new Head(canonical, title, description, "article",
        Optional.of(site + "/oembed?format=json&url=" + encode(canonical)), feeds(follow), jsonLd,
        follow);
  }

  private static Head.Follow follow(String site, String calendarPath, String query) {
    String webcal = "webcal://" + site.substring(site.indexOf("//") + 2) + calendarPath;
    return new Head.Follow(webcal, calendarPath, "/feeds/programs.atom" + query, "/feeds/programs.rss" + query,
        "/embed" + query);
  }

  private static List<Head.Alternate> feeds(Head.Follow follow) {
    return List.of(
        new Head.Alternate("application/atom+xml", "OpenSeason (Atom)", follow.atom()),
        new Head.Alternate("application/rss+xml", "OpenSeason (RSS)", follow.rss()));
  }

  static String query(Map<String, List<String>> params) {
    return QueryString.of(params);
  }

  static String encode(String text) {
    return QueryString.encode(text);
  }
}
