package org.openseason.crawler.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "12 weeks, P12W, false", "~175 h, PT175H, true", "3 months, P3M, false", "three months, P3M, false",
    "about 350 hours, PT350H, true", "10-12 weeks, P12W, false", "a 12-week program, P12W, false",
    "runs for 6 months, P6M, false", "one year, P1Y, false"
  })
  void readsPublishedDurations(String text, String iso, boolean approximate) {
    Durations.Length length = Durations.find(text).orElseThrow();
    assertThat(length.iso()).isEqualTo(iso);
    assertThat(length.approximate()).isEqualTo(approximate);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a week", "weeks of work", "version 12"})
  void findsNoDurationWithoutAnAmount(String text) {
    assertThat(Durations.find(text)).isEmpty();
  }
}
