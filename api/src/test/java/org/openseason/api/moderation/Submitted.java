package org.openseason.api.moderation;

import java.util.List;
import java.util.Map;
import org.openseason.api.submission.Outcome;
import org.openseason.api.submission.Proposal;
import org.openseason.api.submission.Submissions;

/** Our own test program, submitted the way an organizer's JSON is. */
public final class Submitted {

  public static final String SLUG = "wombatics-fellowship";

  private Submitted() {}

  public static Map<String, Object> fields(String label, String opens, String closes) {
    return new java.util.LinkedHashMap<>(Map.of(
        "name", "Wombatics Fellowship",
        "organizer", "Wombatics Society",
        "homepage", "https://wombatics.example.org/fellowship",
        "kind", "fellowship",
        "lifecycle", "active",
        "summary", "A fellowship in wombatics, the science of burrows, for newcomers to open source.",
        "interests", List.of("python"),
        "cycles", List.of(Map.of("label", label, "milestones",
            List.of(Map.of("kind", "applications", "start", opens, "end", closes)))),
        "moderator_contact", "fellowship@wombatics.example.org"));
  }

  /** Submits and returns the new submission's id. */
  public static long submit(Submissions submissions, Map<String, Object> fields) {
    return idOf(submissions, receipt(submissions.submit(Proposal.of(fields, fields), client())));
  }

  /** Submits and returns the receipt, with its edit token. */
  public static org.openseason.api.submission.Receipt receiptOf(Submissions submissions, Map<String, Object> fields) {
    return receipt(submissions.submit(Proposal.of(fields, fields), client()));
  }

  /** Proposes a revision through an edit link and returns its id. */
  public static long revise(Submissions submissions, String editToken, Map<String, Object> fields) {
    return idOf(submissions, receipt(submissions.revise(editToken, Proposal.of(fields, fields), client())));
  }

  private static org.openseason.api.submission.Receipt receipt(Outcome outcome) {
    if (!(outcome instanceof Outcome.Accepted accepted)) {
      throw new AssertionError("not accepted: " + outcome);
    }
    return accepted.receipt();
  }

  private static long idOf(Submissions submissions, org.openseason.api.submission.Receipt receipt) {
    return submissions.pending().stream().filter(s -> s.receipt().equals(receipt.receipt()))
        .reduce((first, second) -> second).orElseThrow().id();
  }

  private static String client() {
    return "192.0.2." + (int) (Math.random() * 200);
  }
}
