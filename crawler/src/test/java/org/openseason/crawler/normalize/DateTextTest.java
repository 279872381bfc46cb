package org.openseason.crawler.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTextTest {

  /** Each published text, resolved with 2026 as the page's year, to "start[ end]" in ISO-8601. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Wed, Jul 1 – Tue, Jul 28, 18:00 UTC                                   | 2026-07-01 2026-07-28T18:00Z
      Mon, Aug 3, 00:00 UTC – Tue, Aug 18, 23:59 UTC                        | 2026-08-03T00:00Z 2026-08-18T23:59Z
      Tue, Jul 21, Times TBD (will be multiple timezone options)            | 2026-07-21
      Wed, Sep 2 – Fri, Sep 4 *(notifications may take a few days)*         | 2026-09-02 2026-09-04
      Thurs, July 31, 2025 11AM PDT (18:00 UTC) – Tue, August 12, 2025 11AM PDT (18:00 UTC) | 2025-07-31T11:00-07:00 2025-08-12T11:00-07:00
      Wed, July 2 – Tue, July 29, 2025 11AM PDT (18:00 UTC)                 | 2025-07-02 2025-07-29T11:00-07:00
      Tues, November 25, 2025, 11AM PST (19:00 UTC)                         | 2025-11-25T11:00-08:00
      Monday, January 26 – Tuesday, February 10, 2026, 11AM PST (19:00 UTC)| 2026-01-26 2026-02-10T11:00-08:00
      March 25 - April 9                                                    | 2026-03-25 2026-04-09
      05 Feb 2025 - 15 Mar 2025                                             | 2025-02-05 2025-03-15
      Feb 4                                                                 | 2026-02-04
      May 8: accepted projects announced                                    | 2026-05-08
      March 25-28, 2027                                                     | 2027-03-25 2027-03-28
      25–28 March 2027                                                      | 2027-03-25 2027-03-28
      July 1st, 2026                                                        | 2026-07-01
      Feb 13, 4pm UTC                                                       | 2026-02-13T16:00Z
      February 13 at 16:00 GMT+1                                            | 2026-02-13T16:00+01:00
      Aug 31, 23:59 AoE                                                     | 2026-08-31T23:59-12:00
      March 5 until March 19                                                | 2026-03-05 2026-03-19
      Dec 15 - Jan 10                                                       | 2026-12-15 2027-01-10
      2026-03-01                                                            | 2026-03-01
      2026-03-01T10:00:00Z                                                  | 2026-03-01T10:00Z
      2026-03-01T10:00+02:00 to 2026-03-05                                  | 2026-03-01T10:00+02:00 2026-03-05
      10 a.m. is not a date but June 2, 10 a.m. CEST is                     | 2026-06-02T10:00+02:00
      """)
  void readsTheDateFormsRealPagesUse(String text, String expected) {
    DateRange range = DateText.find(text).orElseThrow();
    DateResolver.Resolved resolved = new DateResolver(Optional.of(2026), 2020, ZoneOffset.UTC).resolve(range, false);
    String actual = iso(resolved.start()) + resolved.end().map(e -> " " + iso(e)).orElse("");
    assertThat(actual).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Upstream Issue: https://github.com/Apicurio/apicurio-registry/issues/8427
      you may apply up to 3 times
      version 2.5 - released
      Phase 1 evaluation
      18:00 UTC
      """)
  void findsNoDateWhereThereIsNone(String text) {
    assertThat(DateText.find(text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void remembersWhereTheDateIsSoThatTheRestIsTheLabel() {
    String text = "Feb 4 - Sub-org applications due.";
    DateRange range = DateText.find(text).orElseThrow();
    assertThat(text.substring(range.to())).isEqualTo(" - Sub-org applications due.");
    assertThat(DateText.findAll("May 1 - start; June 30 - end")).hasSize(2);
  }

  private static String iso(org.openseason.domain.When when) {
    return when.dateOnly() ? when.date().toString() : when.at().toOffsetDateTime().toString();
  }
}
