package org.openseason.index;

import java.util.Map;
import java.util.Optional;
import org.openseason.domain.Compensation;

/**
 * Amounts in US dollars, to order programs by "highest stipend". The rates are rounded reference rates from
 * November 2026, good for ordering and never shown as an amount.
 */
final class Stipends {

  private static final Map<String, Double> USD_PER_UNIT =
      Map.of("USD", 1.0, "EUR", 1.08, "GBP", 1.27, "CHF", 1.13, "CAD", 0.72, "AUD", 0.65, "CNY", 0.14,
          "INR", 0.012, "JPY", 0.0066, "KRW", 0.00072);

  private Stipends() {}

  /** The highest amount a paid program gives, in whole US dollars; empty for unpaid programs or unknown currencies. */
  static Optional<Long> inUsd(Compensation compensation) {
    if (!compensation.isPaid()) {
      return Optional.empty();
    }
    return compensation.amount()
        .flatMap(m -> Optional.ofNullable(USD_PER_UNIT.get(m.currency())).map(rate -> Math.round(m.max() * rate)));
  }
}
