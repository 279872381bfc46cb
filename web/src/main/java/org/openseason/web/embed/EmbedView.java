package org.openseason.web.embed;

import java.util.List;

/**
 * What an embed shows: the same results, status sentences and links as the JSON API, in one of three layouts.
 *
 * @param site the site's address: every link is absolute, since the embed lives on other sites
 * @param layout list, compact or cards
 * @param theme light, dark or auto
 * @param height the fixed height in pixels the host page reserves
 * @param title the author's heading, empty for none
 * @param items the programs
 * @param total how many programs the search finds
 * @param more the search page with the same search, for "all N programs"
 */
public record EmbedView(
    String site, String layout, String theme, int height, String title, List<Item> items, long total, String more) {

  /**
   * One program.
   *
   * @param name its name
   * @param href its page
   * @param organizer who runs it
   * @param kind its kind in words
   * @param summary one or two sentences
   * @param statusKey the status key, for colour
   * @param statusText "Applications close in 5 days"
   * @param expected true when the status is about forecast dates
   */
  public record Item(String name, String href, String organizer, String kind, String summary, String statusKey,
      String statusText, boolean expected) {}
}
