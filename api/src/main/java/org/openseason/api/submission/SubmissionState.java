package org.openseason.api.submission;

import org.openseason.domain.Keyed;

/** Where a proposed revision stands. Only a pending one can be decided; every other state is final. */
public enum SubmissionState implements Keyed {
  PENDING, APPROVED, REJECTED, CHANGES_REQUESTED, SUPERSEDED;

  public boolean isFinal() {
    return this != PENDING;
  }
}
