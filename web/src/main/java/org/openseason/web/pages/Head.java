package org.openseason.web.pages;

import java.util.List;
import java.util.Optional;

/**
 * What a page says about itself to other programs: its canonical address, OpenGraph card, oEmbed endpoint, feeds
 * and structured data, and the links that let people follow it (calendar, feeds, embed).
 *
 * @param canonical the page's one address
 * @param title the title for cards
 * @param description a sentence for cards and search engines
 * @param ogType "website" or "article"
 * @param oembed the oEmbed endpoint for this page, when it has one
 * @param feeds the page's feeds (Atom, RSS)
 * @param jsonLd schema.org JSON-LD, already made safe to sit in a script element
 * @param follow links to follow the page's programs
 */
public record Head(
    String canonical,
    String title,
    String description,
    String ogType,
    Optional<String> oembed,
    List<Alternate> feeds,
    Optional<String> jsonLd,
    Follow follow) {

  /**
   * A feed of the page.
   *
   * @param type its media type
   * @param title how readers name it
   * @param href its address
   */
  public record Alternate(String type, String title, String href) {}

  /**
   * Ways to follow a search or a program.
   *
   * @param webcal subscribe in a calendar app ({@code webcal:})
   * @param calendar the same calendar to download
   * @param atom the Atom feed
   * @param rss the RSS feed
   * @param embed the embed builder with this search selected
   */
  public record Follow(String webcal, String calendar, String atom, String rss, String embed) {}
}
