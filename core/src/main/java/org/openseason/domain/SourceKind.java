package org.openseason.domain;

/** Where the facts of a listing came from, in increasing order of precedence. */
public enum SourceKind implements Keyed {
  CATALOG, CRAWL, ORGANIZER, MODERATOR
}
