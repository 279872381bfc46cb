package org.openseason.eligibility;

import static java.util.Objects.requireNonNull;

/**
 * How one criterion was judged, in words a person reads.
 *
 * @param criterion age, student, country, audience, hours, past participation or rules
 * @param verdict the verdict on this criterion alone
 * @param text "Needs 18+ on the program start, 27 May 2027: you will be 17"
 */
public record Reason(String criterion, Verdict verdict, String text) {

  public Reason {
    requireNonNull(criterion, "criterion is null");
    requireNonNull(verdict, "verdict is null");
    requireNonNull(text, "text is null");
  }
}
