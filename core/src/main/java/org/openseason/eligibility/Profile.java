package org.openseason.eligibility;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a person tells about themselves to find the programs they can apply to. Every part is optional; nothing of
 * it is ever stored.
 *
 * @param age age in whole years today, when the birth date is not given
 * @param birthDate the birth date, which judges age exactly
 * @param student whether they are a student
 * @param country ISO 3166 alpha-2 code of the country of residence
 * @param hoursPerWeek hours a week they can give
 * @param underrepresented whether they identify as underrepresented in tech
 * @param participated slugs of programs they already took part in
 */
public record Profile(
    Optional<Integer> age,
    Optional<LocalDate> birthDate,
    Optional<Boolean> student,
    Optional<String> country,
    Optional<Integer> hoursPerWeek,
    Optional<Boolean> underrepresented,
    Set<String> participated) {

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  public static final Profile EMPTY =
      new Profile(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty(), Set.of());

  public Profile {
    age = age == null ? Optional.empty() : age;
    age.ifPresent(a -> {
      if (a < 5 || a > 120) {
        throw new IllegalArgumentException("age must be between 5 and 120");
      }
    });
    birthDate = birthDate == null ? Optional.empty() : birthDate;
    student = student == null ? Optional.empty() : student;
    country = country == null ? Optional.empty() : country;
    country.ifPresent(c -> {
      if (!COUNTRY.matcher(c).matches()) {
        throw new IllegalArgumentException("country must be an ISO 3166 alpha-2 code");
      }
    });
    hoursPerWeek = hoursPerWeek == null ? Optional.empty() : hoursPerWeek;
    hoursPerWeek.ifPresent(h -> {
      if (h < 0 || h > 168) {
        throw new IllegalArgumentException("hours must be between 0 and 168");
      }
    });
    underrepresented = underrepresented == null ? Optional.empty() : underrepresented;
    participated = participated == null ? Set.of() : Set.copyOf(participated);
  }

  /** True when the person told nothing: no verdicts are made then. */
  public boolean isEmpty() {
    return age.isEmpty() && birthDate.isEmpty() && student.isEmpty() && country.isEmpty()
        && hoursPerWeek.isEmpty() && underrepresented.isEmpty() && participated.isEmpty();
  }

  /**
   * The birth dates the person may have, given what they told on {@code today}: exact with a birth date; with an
   * age A, born after {@code today - (A+1) years} and on or before {@code today - A years}.
   */
  public Optional<BirthRange> birthRange(LocalDate today) {
    if (birthDate.isPresent()) {
      return Optional.of(new BirthRange(birthDate.get(), birthDate.get()));
    }
    return age.map(a -> new BirthRange(today.minusYears(a + 1L).plusDays(1), today.minusYears(a)));
  }

  /**
   * An interval of possible birth dates.
   *
   * @param earliest the earliest possible birth date
   * @param latest the latest possible birth date
   */
  public record BirthRange(LocalDate earliest, LocalDate latest) {}
}
