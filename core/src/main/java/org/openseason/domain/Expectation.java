package org.openseason.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Why a milestone is expected rather than announced: the days the same step happened in earlier rounds. An
 * expected milestone is derived when a listing is read, never stored, and never shown as a fact.
 *
 * @param basis the days of the same step in the earlier rounds it was derived from, oldest first
 */
public record Expectation(List<LocalDate> basis) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  public Expectation {
    basis = List.copyOf(basis);
    if (basis.size() < 2) {
      throw new IllegalArgumentException("an expectation needs at least two earlier rounds, got " + basis);
    }
  }

  /** "24 Mar 2025, 16 Mar 2026". */
  public String describe() {
    return basis.stream().map(DAY::format).collect(Collectors.joining(", "));
  }

  public static String day(LocalDate date) {
    return DAY.format(date);
  }
}
