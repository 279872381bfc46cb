package org.openseason.api.crawl;

import org.openseason.domain.Keyed;
import org.openseason.domain.SourceKind;

/**
 * Who may overwrite a listing field, lowest first: a third-party list never overwrites the catalog, the program's
 * own site overwrites both, and organizers and moderators overwrite everything a crawl found. A field without a
 * value has no owner, so anyone may fill it.
 */
public enum Precedence implements Keyed {
  LIST, CATALOG, OWN_SITE, ORGANIZER, MODERATOR;

  /** The precedence of fields that carry no provenance row: whoever last saved the listing as a whole. */
  static Precedence ofListing(SourceKind source) {
    return switch (source) {
      case CATALOG, CRAWL -> CATALOG;
      case ORGANIZER -> ORGANIZER;
      case MODERATOR -> MODERATOR;
    };
  }

  boolean mayOverwrite(Precedence owner) {
    return compareTo(owner) >= 0;
  }
}
