package org.openseason.web.pages;

import java.util.List;
import java.util.Optional;

/**
 * What a program page shows.
 *
 * @param slug the program's identifier
 * @param name its name
 * @param organizer who runs it
 * @param kind its kind, in words
 * @param lifecycle its lifecycle, in words, when it is not active
 * @param statusKey the status key, for styling
 * @param statusText "Applications close in 5 days"
 * @param summary one or two sentences
 * @param descriptionHtml the description rendered from its Markdown and sanitized ({@code Markdown}): safe as it is
 * @param homepage the program's own page
 * @param interests interest labels
 * @param runsOn the programs it runs on, as links
 * @param facts label and value pairs: compensation, participation, schedule
 * @param eligibility eligibility in sentences
 * @param codeOfConduct the code of conduct URL
 * @param rules the rules URL
 * @param howToApply how to apply
 * @param contact how to reach the organizers
 * @param cycles the timeline, newest first
 * @param sourceUrl where the facts were read
 * @param verified when they were last checked
 * @param unverified fields not confirmed by a primary source
 * @param freshness when each group of facts was last verified, and where
 * @param maintained true when the organizers showed on their homepage that they keep this listing
 */
public record ProgramPage(
    String slug,
    String name,
    String organizer,
    String kind,
    Optional<String> lifecycle,
    String statusKey,
    String statusText,
    String summary,
    String descriptionHtml,
    String homepage,
    List<String> interests,
    List<Link> runsOn,
    List<Fact> facts,
    List<String> eligibility,
    Optional<String> codeOfConduct,
    Optional<String> rules,
    Optional<String> howToApply,
    Optional<String> contact,
    List<CycleView> cycles,
    Optional<String> sourceUrl,
    String verified,
    List<String> unverified,
    List<Verified> freshness,
    boolean maintained) {

  /**
   * When one group of facts was last verified.
   *
   * @param facts "dates", "project ideas", "other facts"
   * @param day the day, in words
   * @param source where they were read
   * @param outOfDate true when more than a year ago
   */
  public record Verified(String facts, String day, Optional<String> source, boolean outOfDate) {}

  /**
   * A link.
   *
   * @param label how it reads
   * @param href where it leads
   */
  public record Link(String label, String href) {}

  /**
   * A labelled fact.
   *
   * @param label what it is
   * @param value its value in words
   */
  public record Fact(String label, String value) {}

  /**
   * A cycle with its timeline and ideas.
   *
   * @param label "2026"
   * @param rolling whether people can join any time
   * @param milestones its dated steps
   * @param ideas its project ideas
   * @param expected true when the whole round is forecast from earlier ones
   * @param source the page that published its dates
   */
  public record CycleView(
      String label,
      boolean rolling,
      List<MilestoneView> milestones,
      List<IdeaView> ideas,
      boolean expected,
      Optional<String> source) {}

  /**
   * A dated step.
   *
   * @param title what happens
   * @param datetime the start as ISO-8601, for {@code <time>}
   * @param when the dates in words
   * @param timeKnown whether a time of day was published, so that the reader's local time means something
   * @param expectedFrom for a forecast step, the days of the earlier rounds it is derived from
   */
  public record MilestoneView(
      String title, String datetime, String when, boolean timeKnown, Optional<String> expectedFrom) {}

  /**
   * A project idea.
   *
   * @param title its title
   * @param project the project it belongs to
   * @param description what the work is
   * @param skills skills and technologies
   * @param difficulty its difficulty or size
   * @param link where it is described
   */
  public record IdeaView(
      String title,
      Optional<String> project,
      String description,
      List<String> skills,
      Optional<String> difficulty,
      Optional<String> link) {}
}
