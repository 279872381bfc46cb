package org.openseason.web.embed;

import java.util.List;
import java.util.Optional;

/**
 * The embed builder: the author's choices, a preview and the snippets for each kind of site.
 *
 * @param q words
 * @param title the heading
 * @param max how many programs
 * @param layout list, compact or cards
 * @param theme light, dark or auto
 * @param student yes, no or empty
 * @param country a country code or empty
 * @param eligibility any, eligible-or-maybe or eligible
 * @param programs hand-picked program slugs, comma-separated
 * @param kinds kind choices
 * @param statuses status choices
 * @param interests interest choices
 * @param compensations compensation choices
 * @param layouts layout choices
 * @param themes theme choices
 * @param preview the embed to preview, when the choices are valid
 * @param height its height
 * @param errors what is wrong with the choices
 */
public record BuilderView(
    String q, String title, int max, String layout, String theme, String student, String country,
    String eligibility, String programs, List<Choice> kinds, List<Choice> statuses, List<Choice> interests,
    List<Choice> compensations, List<Choice> layouts, List<Choice> themes, Optional<Preview> preview, int height,
    List<String> errors) {

  /**
   * One choice of a list.
   *
   * @param value its key
   * @param label how it reads
   * @param selected whether it is chosen
   */
  public record Choice(String value, String label, boolean selected) {}

  /**
   * A valid embed, previewed, with what to paste where.
   *
   * @param src the iframe embed's address
   * @param script the script snippet
   * @param div the placeholder-and-script snippet
   * @param iframe the iframe snippet
   * @param link the link for oEmbed
   * @param badge a badge image, for a single program
   */
  public record Preview(String src, String script, String div, String iframe, String link, Optional<String> badge) {}
}
