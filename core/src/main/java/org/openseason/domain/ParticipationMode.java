package org.openseason.domain;

/** Where participants work. */
public enum ParticipationMode implements Keyed {
  REMOTE,
  HYBRID,
  ON_SITE {
    @Override
    public String label() {
      return "On site";
    }
  },
  /** Not published. */
  UNKNOWN
}
