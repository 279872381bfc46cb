package org.openseason.crawler.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openseason.crawler.ProgramFact;
import org.openseason.crawler.normalize.MoneyParser;
import org.openseason.domain.Compensation;
import org.openseason.domain.CompensationBasis;
import org.openseason.domain.CompensationKind;
import org.openseason.domain.Money;

/**
 * What participants receive, from a sentence ("a $3,000 stipend", "this is an unpaid mentorship") or from a table
 * cell ("Yes", "No", "Cash prizes for winners", "Swag rewards").
 */
final class PayRules {

  private static final Pattern UNPAID = Pattern.compile("(?i)\\bunpaid\\b|\\bno (?:stipend|payment|compensation"
      + "|salary|pay|honorarium|monetary)\\b|\\bnot (?:be )?paid\\b|\\bwithout (?:pay|payment|compensation)\\b"
      + "|\\bon a volunteer basis\\b|\\bvolunteer (?:basis|position|role)\\b|\\bdoes(?: not|n't) (?:offer|provide|"
      + "include) (?:a |any )?(?:stipend|payment|compensation)|\\bthere is no (?:stipend|payment|compensation)");
  private static final Pattern PAY_WORDS = Pattern.compile("(?i)stipend|\\bpaid\\b|payment|salary|grant|prize"
      + "|award|honorarium|compensat|\\bearn|receive|reward|bount|funding|fellowship|\\bpay\\b");
  private static final Pattern PRIZE = Pattern.compile("(?i)prize|award|bount|winner");
  private static final Pattern GRANT = Pattern.compile("(?i)\\bgrant|funding");
  private static final Pattern SWAG = Pattern.compile("(?i)swag|t-?shirt|certificate|goodies|stickers|merch");
  private static final Pattern PPP = Pattern.compile("(?i)purchasing power|\\bppp\\b|depending on (?:the |your )?"
      + "(?:country|location)|based on (?:the |your )?(?:country|location)");
  private static final Pattern VARIES = Pattern.compile("(?i)\\bvar(?:y|ies)\\b|depending on|based on");
  private static final Pattern OFFERED = Pattern.compile("(?i)\\b(?:receives?|provided|offers?|awarded|gets?|earns?"
      + "|paid)\\b[^.]{0,40}?\\b(stipends?|grants?|honorari(?:um|a)|salary)\\b|\\b(stipends?|grants?|honorari(?:um|a))"
      + "\\b[^.]{0,30}?\\b(?:is|are|will be)\\s+(?:provided|paid|awarded|offered|given)\\b");
  private static final Pattern YES = Pattern.compile("(?i)^\\s*(?:yes|y|paid|✓|✔)\\b.*");
  private static final Pattern NO = Pattern.compile("(?i)^\\s*(?:no|n|none|unpaid|✗|✘|-)\\s*\\W*$"
      + "|^\\s*no (?:prizes?|stipend|rewards?|awards?)\\b.*");

  private PayRules() {}

  /** The pay a sentence states: an amount with a pay word, or an unpaid phrase. */
  static Optional<ProgramFact> pay(String text, String evidence) {
    if (UNPAID.matcher(text).find()) {
      return Optional.of(new ProgramFact.Pay(only(CompensationKind.NONE), evidence));
    }
    Optional<Money> money = MoneyParser.find(text);
    if (money.isPresent() && PAY_WORDS.matcher(text).find()) {
      return Optional.of(new ProgramFact.Pay(new Compensation(kind(text), money, basis(text), Optional.empty()),
          evidence));
    }
    Matcher offered = OFFERED.matcher(text);
    if (offered.find()) {
      String word = offered.group(1) != null ? offered.group(1) : offered.group(2);
      CompensationKind kind = GRANT.matcher(word).find() ? CompensationKind.GRANT : CompensationKind.STIPEND;
      return Optional.of(new ProgramFact.Pay(new Compensation(kind, Optional.empty(), basis(text), Optional.empty()),
          evidence));
    }
    return Optional.empty();
  }

  /**
   * The pay a table cell states, under a "Stipend" or "Awards" header: "Yes" is a stipend of unknown amount, "No"
   * is nothing, words and amounts are read as in a sentence.
   */
  static Optional<ProgramFact> cell(String text, boolean stipendColumn, String evidence) {
    String value = text.replaceAll("\\*+$", "").strip();
    if (value.isEmpty() || value.equalsIgnoreCase("null") || value.equalsIgnoreCase("n/a")) {
      return Optional.empty();
    }
    if (NO.matcher(value).matches()) {
      return Optional.of(new ProgramFact.Pay(only(CompensationKind.NONE), evidence));
    }
    Optional<Money> money = MoneyParser.find(value);
    if (money.isPresent()) {
      CompensationKind kind = stipendColumn ? CompensationKind.STIPEND : kind(value);
      return Optional.of(new ProgramFact.Pay(new Compensation(kind, money, basis(value), Optional.empty()),
          evidence));
    }
    if (stipendColumn && YES.matcher(value).matches()) {
      return Optional.of(new ProgramFact.Pay(only(CompensationKind.STIPEND), evidence));
    }
    if (PRIZE.matcher(value).find()) {
      return Optional.of(new ProgramFact.Pay(only(CompensationKind.PRIZE), evidence));
    }
    if (SWAG.matcher(value).find()) {
      return Optional.of(new ProgramFact.Pay(only(CompensationKind.CERTIFICATE_OR_SWAG),
          evidence));
    }
    return Optional.empty();
  }

  /** True when a text speaks of pay at all, amount or not. */
  static boolean mentionsPay(String text) {
    return PAY_WORDS.matcher(text).find() || MoneyParser.find(text).isPresent() || UNPAID.matcher(text).find();
  }

  private static Compensation only(CompensationKind kind) {
    return new Compensation(kind, Optional.empty(), CompensationBasis.FIXED, Optional.empty());
  }

  private static CompensationKind kind(String text) {
    if (PRIZE.matcher(text).find()) {
      return CompensationKind.PRIZE;
    }
    if (GRANT.matcher(text).find()) {
      return CompensationKind.GRANT;
    }
    return CompensationKind.STIPEND;
  }

  private static CompensationBasis basis(String text) {
    if (PPP.matcher(text).find()) {
      return CompensationBasis.PURCHASING_POWER_ADJUSTED;
    }
    return VARIES.matcher(text).find() ? CompensationBasis.VARIES : CompensationBasis.FIXED;
  }
}
