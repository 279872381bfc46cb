package org.openseason.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountryNamesTest {

  @Test
  void namesEveryIsoCountryAsJavaDoesInEnglish() {
    for (String code : Locale.getISOCountries()) {
      assertThat(CountryNames.of(code)).isEqualTo(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
    }
    assertThat(CountryNames.of("IN")).isEqualTo("India");
  }

  @Test
  void listsNamesInAlphabeticalOrderHoweverTheSetIsOrdered() {
    assertThat(CountryNames.list(Set.of("SY", "CU", "KP", "IR"))).isEqualTo("Cuba, Iran, North Korea, Syria");
    assertThat(CountryNames.list(Set.of("IR", "KP", "SY", "CU"))).isEqualTo("Cuba, Iran, North Korea, Syria");
    assertThat(CountryNames.list(Set.of())).isEmpty();
  }

  @Test
  void ordersCodesByName() {
    assertThat(CountryNames.codesByName()).hasSize(Locale.getISOCountries().length);
    assertThat(CountryNames.codesByName().stream().map(CountryNames::of).toList()).isSorted();
  }
}
