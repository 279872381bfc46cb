package org.openseason.index;

/** The names of the index's fields, in one place. */
final class IndexFields {

  private IndexFields() {}

  static final String SLUG = "slug";
  static final String NAME = "name";
  static final String NAME_SORT = "name_sort";
  static final String ALIASES = "aliases";
  static final String ORGANIZER = "organizer_text";
  static final String SUMMARY = "summary";
  static final String DESCRIPTION = "description";
  static final String INTERESTS = "interests_text";
  static final String IDEAS = "ideas";
  /** The kind in words, so that "mentorship" finds mentorships whose own text says "mentoring". */
  static final String KIND_TEXT = "kind_text";

  static final String STORED_ORGANIZER = "organizer";
  static final String STORED_KIND = "kind";
  static final String STORED_INTERESTS = "interests";
  static final String STORED_IDEA_COUNT = "idea_count";
  static final String STORED_LIFECYCLE = "lifecycle_stored";

  static final String STATUS = "status";
  static final String STATUS_CYCLE = "status_cycle";
  static final String STATUS_OPENS = "status_opens";
  static final String STATUS_DEADLINE = "status_deadline";
  static final String STATUS_ENDS = "status_ends";

  /** Epoch seconds of the next application deadline, for sorting; absent when none is ahead. */
  static final String DEADLINE = "deadline";
  /** Epoch seconds after which the document's status must be recomputed. */
  static final String VALID_UNTIL = "valid_until";
  /** A multiplier on relevance: open and upcoming programs rise, closed and discontinued ones sink. */
  static final String RANK_BOOST = "rank_boost";
}
