package org.openseason.index;

/**
 * One completion.
 *
 * @param text what to show and search for
 * @param kind a program, an interest or an organizer
 * @param key the program's slug, the interest's key, or the organizer's name
 */
public record Suggestion(String text, Kind kind, String key) {

  /** What a completion names, in the order completions are listed. */
  public enum Kind {
    PROGRAM,
    INTEREST,
    ORGANIZER
  }
}
