package org.openseason.eligibility;

import org.openseason.domain.Keyed;

/** Whether a person can apply to a program. Ordered from best to worst. */
public enum Verdict implements Keyed {
  ELIGIBLE,
  /** A criterion is unknown, or needs a person's judgement. */
  MAYBE,
  NOT_ELIGIBLE {
    @Override
    public String label() {
      return "Not eligible";
    }
  };

  /** The worse of two verdicts: one failing criterion decides. */
  public Verdict and(Verdict other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
