package org.openseason.crawler.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeZonesTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "UTC, Z", "utc, Z", "GMT, Z", "PDT, -07:00", "PST, -08:00", "EDT, -04:00", "CEST, +02:00", "IST, +05:30",
    "AoE, -12:00", "UTC+5:30, +05:30", "GMT-7, -07:00", "+02:00, +02:00", "-0500, -05:00"
  })
  void readsAbbreviationsAndOffsets(String text, String offset) {
    ZoneId zone = TimeZones.parse(text).orElseThrow();
    assertThat(zone.getRules().getOffset(Instant.parse("2026-01-15T00:00:00Z")).getId()).isEqualTo(offset);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Europe/Berlin", "America/New_York"})
  void readsRegionNames(String name) {
    assertThat(TimeZones.parse(name)).contains(ZoneId.of(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"XYZ", "timezone", "UTC+99", ""})
  void refusesWhatIsNotAZone(String text) {
    assertThat(TimeZones.parse(text)).isEmpty();
  }
}
