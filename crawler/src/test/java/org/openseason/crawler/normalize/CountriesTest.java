package org.openseason.crawler.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountriesTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "Germany, DE", "germany, DE", "USA, US", "U.S., US", "United States, US", "UK, GB", "United Kingdom, GB",
    "South Korea, KR", "Czech Republic, CZ", "Türkiye, TR", "Vietnam, VN", "Ivory Coast, CI", "India, IN",
    "the Netherlands, NL", "Brazil, BR"
  })
  void mapsNamesAndAliasesToIsoCodes(String name, String code) {
    assertThat(Countries.code(name)).contains(code);
  }

  @Test
  void knowsTheEuropeanUnionAsARegion() {
    assertThat(Countries.region("EU")).hasSize(27).contains("DE", "FR").doesNotContain("GB");
    assertThat(Countries.region("EEA")).contains("NO", "IS", "LI");
  }

  @Test
  void findsCountriesInASentenceButNotTheWordUs() {
    assertThat(Countries.findAll("Must reside in, and be eligible to work in, the United States. Contact us.", false))
        .containsExactly("US");
    assertThat(Countries.findAll("Open to residents of South Korea and Japan", false)).containsExactly("KR", "JP");
    assertThat(Countries.findAll("Indian Students Only", true)).containsExactly("IN");
    assertThat(Countries.findAll("Indian Students Only", false)).isEmpty();
  }
}
