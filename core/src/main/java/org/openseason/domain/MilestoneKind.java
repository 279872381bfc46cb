package org.openseason.domain;

/** What happens at a milestone of a cycle. */
public enum MilestoneKind implements Keyed {
  /** Mentoring organizations or projects propose themselves. */
  ORGANIZATION_APPLICATIONS,
  /** Participants apply: start is the opening, end the deadline. */
  APPLICATIONS,
  /** The deadline alone, when no opening is published. */
  APPLICATION_DEADLINE,
  SELECTION,
  COMMUNITY_BONDING,
  /** The work itself: start to end. */
  PROGRAM {
    @Override
    public String label() {
      return "Program period";
    }
  },
  PROGRAM_START,
  MIDTERM,
  PROGRAM_END,
  RESULTS,
  OTHER;

  /** True for the kinds whose instant closes applications. */
  public boolean closesApplications() {
    return this == APPLICATIONS || this == APPLICATION_DEADLINE;
  }
}
