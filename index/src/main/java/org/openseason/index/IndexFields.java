package org.openseason.index;

/** The names of the index's fields, in one place. */
final class IndexFields {

  private IndexFields() {}

  /** "program" or "idea": a program's project ideas are documents of their own. */
  static final String TYPE = "type";
  static final String TYPE_PROGRAM = "program";
  static final String TYPE_IDEA = "idea";
  /** The slug of the program a document belongs to, on the program and its ideas alike: the key to replace them. */
  static final String OWNER = "owner";

  static final String SLUG = "slug";
  static final String NAME = "name";
  static final String NAME_SORT = "name_sort";
  static final String ALIASES = "aliases";
  static final String ORGANIZER = "organizer_text";
  static final String SUMMARY = "summary";
  static final String DESCRIPTION = "description";
  static final String INTERESTS = "interests_text";
  /** The first two interests, which the catalog lists as the most characteristic. */
  static final String PRIMARY_INTERESTS = "primary_interests_text";
  static final String IDEAS = "ideas";
  /**
   * The kind, pay and way of working in the words people search with ("paid internship", "remote mentoring"), so
   * that they find programs whose own text says it differently.
   */
  static final String TRAITS = "traits";
  /**
   * Every word of the text fields above, each field one value: a search finds its matches here with one posting
   * list per word, and the per-field query only scores the hits it needs scores of (see {@link ProgramSearch}).
   */
  static final String ALL = "all_text";

  static final String STORED_ORGANIZER = "organizer";
  static final String STORED_KIND = "kind";
  static final String STORED_ALIASES = "stored_aliases";
  static final String STORED_INTERESTS = "interests";
  static final String STORED_IDEA_COUNT = "idea_count";
  static final String STORED_LIFECYCLE = "lifecycle_stored";

  static final String STATUS = "status";
  static final String STATUS_CYCLE = "status_cycle";
  static final String STATUS_OPENS = "status_opens";
  static final String STATUS_DEADLINE = "status_deadline";
  static final String STATUS_ENDS = "status_ends";
  /** Present when the status's dates are forecast, not announced. */
  static final String STATUS_EXPECTED = "status_expected";

  /** Epoch seconds of the next application deadline, for sorting; absent when none is ahead. */
  static final String DEADLINE = "deadline";
  /** An idea's weight by its round: 1 for its program's latest round with ideas, less for earlier ones. */
  static final String IDEA_ROUND_BOOST = "idea_round_boost";
  /** The order of a browse without words: open first, then what opens next ({@code ProgramDocuments.soonestKey}). */
  static final String SOONEST = "soonest";
  static final String IDEA_TITLE = "idea_title";
  static final String IDEA_TEXT = "idea_text";
  static final String IDEA_PROJECT = "idea_project";
  static final String IDEA_DESCRIPTION = "idea_description";
  static final String IDEA_SKILLS = "idea_skills";
  static final String IDEA_TECHNOLOGIES = "idea_technologies";
  static final String IDEA_LEVEL = "idea_level";
  static final String IDEA_LINK = "idea_link";
  static final String IDEA_CYCLE = "idea_cycle";
  static final String IDEA_PROGRAM_NAME = "idea_program_name";

  /** Epoch seconds of the start of the most recent round, or of the last check of the facts. */
  static final String NEWEST = "newest";
  /** The highest amount paid, in whole US dollars, for sorting. */
  static final String STIPEND_USD = "stipend_usd";
  /** Epoch seconds after which the document's status must be recomputed. */
  static final String VALID_UNTIL = "valid_until";
  /** A multiplier on relevance: open and upcoming programs rise, closed and discontinued ones sink. */
  static final String RANK_BOOST = "rank_boost";
  /** A multiplier on relevance for platforms other programs run on; updated in place as those come and go. */
  static final String PROMINENCE_BOOST = "prominence_boost";
}
