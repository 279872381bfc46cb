package org.openseason.domain;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * An amount or a range of amounts in one currency, in whole units.
 *
 * @param currency ISO 4217 code
 * @param min the smallest amount
 * @param max the largest amount; equal to {@code min} for a fixed amount
 */
public record Money(String currency, long min, long max) {

  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  public Money {
    requireNonNull(currency, "currency is null");
    if (!CURRENCY.matcher(currency).matches()) {
      throw new IllegalArgumentException("currency '" + currency + "' is not an ISO 4217 code");
    }
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("amounts must satisfy 0 <= min <= max");
    }
  }

  public boolean isRange() {
    return min != max;
  }
}
