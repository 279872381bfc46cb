package org.openseason.web.pages;

import java.util.List;
import java.util.Optional;

/**
 * What the search page shows.
 *
 * @param q the words searched for
 * @param total how many programs match
 * @param cards the page of results
 * @param facets the facet groups with their options
 * @param sorts the sort choices
 * @param previous the link to the previous page
 * @param next the link to the next page
 * @param pageText "Page 2 of 3"
 * @param errors what was wrong with the request, if anything
 * @param form the eligibility form, filled with what the person told
 * @param didYouMean a corrected query and its link, when the words as typed found nothing
 * @param corrected true when the cards answer the corrected query
 */
public record SearchPage(
    String q,
    long total,
    List<Card> cards,
    List<FacetGroup> facets,
    List<Option> sorts,
    Optional<String> previous,
    Optional<String> next,
    String pageText,
    List<String> errors,
    ProfileForm form,
    Optional<Option> didYouMean,
    boolean corrected) {

  /**
   * The "can I apply?" form: its current values and its choices.
   *
   * @param age the age given
   * @param student yes, no or empty
   * @param country the country code given
   * @param hours the hours given
   * @param underrepresented yes, no or empty
   * @param eligibility any, eligible-or-maybe or eligible
   * @param countries every country, code and name, by name
   * @param programs every program, slug and name, for "already took part in"
   * @param participated the slugs given
   * @param hidden the other parameters of the search, kept when the form is sent
   */
  public record ProfileForm(
      String age,
      String student,
      String country,
      String hours,
      String underrepresented,
      String eligibility,
      List<Choice> countries,
      List<Choice> programs,
      List<String> participated,
      List<Hidden> hidden) {}

  /**
   * A parameter of the search carried through a form.
   *
   * @param name the parameter
   * @param value its value
   */
  public record Hidden(String name, String value) {}

  /**
   * A value and its label.
   *
   * @param value what is sent
   * @param label what is shown
   */
  public record Choice(String value, String label) {}

  /**
   * A result card.
   *
   * @param href the program page
   * @param name the program's name
   * @param organizer who runs it
   * @param kind its kind, in words
   * @param summary one or two sentences
   * @param statusKey the status key, for styling
   * @param statusText "Applications close in 5 days"
   * @param deadline the next deadline as ISO-8601 UTC, or empty
   * @param deadlineText the next deadline in words, UTC
   * @param interests interest labels
   * @param ideas how many project ideas it lists
   * @param verdict eligible, maybe, not_eligible, or empty without a profile
   * @param verdictText "Eligible", "Maybe", "Not eligible"
   * @param reasons why, one line per criterion
   * @param matchingIdeas "2 matching project ideas", or empty
   * @param bestIdeas the titles of the best matching ideas
   * @param snippet where the words matched: HTML-escaped by the index, matches in {@code <mark>}; or empty
   */
  public record Card(
      String href,
      String name,
      String organizer,
      String kind,
      String summary,
      String statusKey,
      String statusText,
      String deadline,
      String deadlineText,
      List<String> interests,
      int ideas,
      String verdict,
      String verdictText,
      List<String> reasons,
      String matchingIdeas,
      List<String> bestIdeas,
      String snippet) {}

  /**
   * A facet with its options.
   *
   * @param key the parameter name
   * @param name how it reads
   * @param options its values
   */
  public record FacetGroup(String key, String name, List<Option> options) {}

  /**
   * A link that changes the search.
   *
   * @param label how it reads
   * @param count how many programs it would give, or -1 when not a count
   * @param selected whether it is in effect
   * @param href where it leads
   */
  public record Option(String label, int count, boolean selected, String href) {}
}
