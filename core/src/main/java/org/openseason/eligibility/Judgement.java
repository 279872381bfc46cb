package org.openseason.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * The verdict on a program for a profile, with the reasons behind it.
 *
 * @param verdict eligible, maybe or not eligible: the worst of the reasons
 * @param referenceDate the date the program's rules are judged at
 * @param reasons one per criterion the program has
 * @param alsoCheck rules in words that only the person or the program can judge
 */
public record Judgement(Verdict verdict, LocalDate referenceDate, List<Reason> reasons, List<String> alsoCheck) {

  public Judgement {
    reasons = List.copyOf(reasons);
    alsoCheck = List.copyOf(alsoCheck);
  }
}
