package org.openseason.crawler.normalize;

import org.openseason.domain.Keyed;

/** Why a found item, or a part of it, could not be turned into a value. */
public enum NormalizeReason implements Keyed {
  /** A milestone whose date text holds no date, or a date that does not exist. */
  UNREADABLE_DATE,
  /** Dates published without a year, with no year on the page either: the fetch date's year was assumed. */
  YEAR_GUESSED,
  /** A published weekday that does not match the date, or a range that ends before it starts. */
  DATE_MISMATCH,
  /** A link that is not an absolute http(s) URL. */
  BAD_URL,
  /** An item the domain rejects (a required field is missing, a value out of range). */
  INVALID_ITEM
}
