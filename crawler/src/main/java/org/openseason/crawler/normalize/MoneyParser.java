package org.openseason.crawler.normalize;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openseason.domain.Money;

/**
 * Amounts of money as pages write them: "$6,000", "€6,500", "¥8,000", "USD 3,000", "3,000 USD", "₹1 lakh",
 * "$3,000 - $6,600", "$1.5k", "6.500 €". A bare "$" is US dollars and a bare "¥" is Chinese yuan (the programs
 * that publish "¥" amounts are Chinese; "JPY" and "円" say yen).
 */
public final class MoneyParser {

  private static final String CURRENCY =
      "US\\$|USD|U\\.S\\. \\$|CA\\$|CAD|C\\$|AU\\$|A\\$|AUD|\\$|€|EUR|£|GBP|¥|CNY|RMB|JPY|円|₹|INR|Rs\\.?|CHF";
  private static final String AMOUNT = "(\\d{1,3}(?:[,.\\u00a0\\u202f]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
  private static final String SCALE = "(?:\\s?(k|K|thousand|lakhs?|lacs?|crores?|million|m|M)\\b)?";
  private static final Pattern BEFORE = Pattern.compile("(" + CURRENCY + ")\\s?" + AMOUNT + SCALE
      + "(?:\\s*(?:-|–|—|to)\\s*(?:" + CURRENCY + ")?\\s?" + AMOUNT + SCALE + ")?");
  private static final Pattern AFTER = Pattern.compile(AMOUNT + SCALE
      + "(?:\\s*(?:-|–|—|to)\\s*" + AMOUNT + SCALE + ")?\\s?(" + CURRENCY
      + "|dollars|euros?|pounds|rupees|yuan|renminbi)(?!\\p{L})");

  private static final Map<String, String> CODES = Map.ofEntries(
      Map.entry("us$", "USD"), Map.entry("usd", "USD"), Map.entry("u.s. $", "USD"), Map.entry("$", "USD"),
      Map.entry("dollars", "USD"), Map.entry("ca$", "CAD"), Map.entry("cad", "CAD"), Map.entry("c$", "CAD"),
      Map.entry("au$", "AUD"), Map.entry("a$", "AUD"), Map.entry("aud", "AUD"), Map.entry("€", "EUR"),
      Map.entry("eur", "EUR"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"), Map.entry("£", "GBP"),
      Map.entry("gbp", "GBP"), Map.entry("pounds", "GBP"), Map.entry("¥", "CNY"), Map.entry("cny", "CNY"),
      Map.entry("rmb", "CNY"), Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"), Map.entry("jpy", "JPY"),
      Map.entry("円", "JPY"), Map.entry("₹", "INR"), Map.entry("inr", "INR"), Map.entry("rs", "INR"),
      Map.entry("rs.", "INR"), Map.entry("rupees", "INR"), Map.entry("chf", "CHF"));

  private MoneyParser() {}

  /** The first amount or range of amounts in {@code text}. */
  public static Optional<Money> find(String text) {
    Matcher before = BEFORE.matcher(text);
    Matcher after = AFTER.matcher(text);
    boolean b = before.find();
    boolean a = after.find();
    if (b && (!a || before.start() <= after.start())) {
      return money(before.group(1), before.group(2), before.group(3), before.group(4), before.group(5));
    }
    if (a) {
      return money(after.group(5), after.group(1), after.group(2), after.group(3), after.group(4));
    }
    return Optional.empty();
  }

  private static Optional<Money> money(String currency, String amount, String scale, String maxAmount,
      String maxScale) {
    String code = CODES.get(currency.toLowerCase(Locale.ROOT).strip());
    Optional<Long> min = value(amount, scale);
    if (code == null || min.isEmpty()) {
      return Optional.empty();
    }
    Optional<Long> max = maxAmount == null ? min : value(maxAmount, maxScale != null ? maxScale : scale);
    if (max.isEmpty() || max.get() < min.get()) {
      return Optional.of(new Money(code, min.get(), min.get()));
    }
    return Optional.of(new Money(code, min.get(), max.get()));
  }

  private static Optional<Long> value(String amount, String scale) {
    String digits = amount.replaceAll("[\\u00a0\\u202f]", "");
    // "6.500" and "6,500" are thousands; "1.5" and "1,5" with one or two decimals are fractions.
    if (digits.matches("\\d{1,3}([.,]\\d{3})+")) {
      digits = digits.replaceAll("[.,]", "");
    } else {
      digits = digits.replace(",", "");
    }
    try {
      BigDecimal value = new BigDecimal(digits).multiply(BigDecimal.valueOf(multiplier(scale)));
      return Optional.of(value.longValue());
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  private static long multiplier(String scale) {
    if (scale == null) {
      return 1;
    }
    String s = scale.toLowerCase(Locale.ROOT);
    if (s.equals("k") || s.equals("thousand")) {
      return 1_000;
    }
    if (s.startsWith("lakh") || s.startsWith("lac")) {
      return 100_000;
    }
    if (s.startsWith("crore")) {
      return 10_000_000;
    }
    return 1_000_000;
  }
}
