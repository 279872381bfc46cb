package org.openseason.api.moderation;

import java.util.Locale;
import java.util.Optional;
import org.openseason.api.submission.SubmissionState;

/** What a moderator can decide on a pending submission, and the state each leads to. */
public enum Decision {
  APPROVE(SubmissionState.APPROVED, "submission.approved"),
  REJECT(SubmissionState.REJECTED, "submission.rejected"),
  REQUEST_CHANGES(SubmissionState.CHANGES_REQUESTED, "submission.changes-requested");

  private final SubmissionState state;
  private final String event;

  Decision(SubmissionState state, String event) {
    this.state = state;
    this.event = event;
  }

  SubmissionState state() {
    return state;
  }

  String event() {
    return event;
  }

  /** "approve", "reject", "request-changes": as forms, the API and the audit log name them. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<Decision> of(String key) {
    for (Decision d : values()) {
      if (d.key().equals(key)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** A refusal or a request for changes tells the organizer why; an approval may. */
  boolean needsReason() {
    return this != APPROVE;
  }
}
