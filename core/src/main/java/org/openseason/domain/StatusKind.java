package org.openseason.domain;

/** Where a program stands, computed from its cycles' milestones and the current time. */
public enum StatusKind implements Keyed {
  OPEN {
    @Override
    public String label() {
      return "Applications open";
    }
  },
  ROLLING {
    @Override
    public String label() {
      return "Rolling";
    }
  },
  UPCOMING {
    @Override
    public String label() {
      return "Opening soon";
    }
  },
  /** The next round is forecast from earlier ones, not announced. */
  EXPECTED {
    @Override
    public String label() {
      return "Expected";
    }
  },
  IN_PROGRESS,
  TBA {
    @Override
    public String label() {
      return "Dates to be announced";
    }
  },
  CLOSED
}
