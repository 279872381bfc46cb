package org.openseason.domain;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What participants receive.
 *
 * @param kind stipend, grant, prize, certificate or swag, none
 * @param amount the amount or range, when published
 * @param basis how the amount is set
 * @param notes anything else in words
 */
public record Compensation(
    CompensationKind kind, Optional<Money> amount, CompensationBasis basis, Optional<String> notes) {

  public static final Compensation UNKNOWN =
      new Compensation(CompensationKind.UNKNOWN, Optional.empty(), CompensationBasis.FIXED, Optional.empty());

  public Compensation {
    requireNonNull(kind, "kind is null");
    amount = amount == null ? Optional.empty() : amount;
    requireNonNull(basis, "basis is null");
    notes = Text.optional(notes, "notes", 500);
    if (amount.isPresent() && (kind == CompensationKind.NONE || kind == CompensationKind.UNKNOWN)) {
      throw new IllegalArgumentException("an amount needs a compensation kind other than " + kind.key());
    }
  }

  /** True when participants are paid money (a stipend or a grant). */
  public boolean isPaid() {
    return kind == CompensationKind.STIPEND || kind == CompensationKind.GRANT;
  }
}
