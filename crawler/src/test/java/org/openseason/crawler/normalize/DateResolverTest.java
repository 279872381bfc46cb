package org.openseason.crawler.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateResolverTest {

  @Test
  void takesTheYearFromThePublishedWeekdayWhenTheHintIsOff() {
    // 1 July is a Wednesday in 2026, not in 2025.
    DateRange range = DateText.find("Wed, Jul 1").orElseThrow();
    DateResolver.Resolved resolved = new DateResolver(Optional.of(2025), 2025, ZoneOffset.UTC).resolve(range, false);
    assertThat(resolved.start().date()).isEqualTo(LocalDate.of(2026, 7, 1));
  }

  @Test
  void saysWhenTheYearWasGuessedFromTheFetchDate() {
    DateRange range = DateText.find("Feb 4").orElseThrow();
    DateResolver.Resolved resolved = new DateResolver(Optional.empty(), 2027, ZoneOffset.UTC).resolve(range, true);
    assertThat(resolved.yearGuessed()).isTrue();
    assertThat(resolved.start().date()).isEqualTo(LocalDate.of(2027, 2, 4));
  }

  @Test
  void givesADeadlineDayItsLastSecondAndAStartDayItsFirst() {
    DateRange range = DateText.find("March 5").orElseThrow();
    DateResolver resolver = new DateResolver(Optional.of(2026), 2026, ZoneOffset.UTC);
    assertThat(resolver.resolve(range, true).start().at().toLocalDateTime())
        .isEqualTo(LocalDateTime.of(2026, 3, 5, 23, 59, 59));
    assertThat(resolver.resolve(range, false).start().at().toLocalDateTime())
        .isEqualTo(LocalDateTime.of(2026, 3, 5, 0, 0));
  }

  @Test
  void notesAWeekdayThatDoesNotMatchAnExplicitYear() {
    DateRange range = DateText.find("Monday, July 1, 2026").orElseThrow();
    DateResolver.Resolved resolved = new DateResolver(Optional.empty(), 2026, ZoneOffset.UTC).resolve(range, false);
    assertThat(resolved.notes()).singleElement().asString().contains("WEDNESDAY");
  }

  @Test
  void appliesTheZoneOfOneEndToTheDayOfTheOther() {
    DateRange range = DateText.find("Jul 1 – Jul 28, 11:00 PDT").orElseThrow();
    DateResolver.Resolved resolved = new DateResolver(Optional.of(2026), 2026, ZoneOffset.UTC).resolve(range, false);
    assertThat(resolved.start().at().getOffset()).isEqualTo(ZoneOffset.ofHours(-7));
  }
}
