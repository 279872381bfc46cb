package org.openseason.index;

import java.util.Optional;

/** The dimensions a search can be filtered and counted by. */
public enum Facet {
  KIND("kind"),
  INTEREST("interest"),
  STATUS("status"),
  COMPENSATION("compensation"),
  PARTICIPATION("participation"),
  LIFECYCLE("lifecycle"),
  ORGANIZER("organizer"),
  /** Where participants may live: "worldwide", or the ISO 3166 code of each country a program is limited to. */
  REGION("region");

  private final String key;

  Facet(String key) {
    this.key = key;
  }

  /** The name used for the facet in URLs, JSON and the index. */
  public String key() {
    return key;
  }

  public static Optional<Facet> byKey(String key) {
    for (Facet facet : values()) {
      if (facet.key.equals(key)) {
        return Optional.of(facet);
      }
    }
    return Optional.empty();
  }
}
