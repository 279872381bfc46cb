package org.openseason.crawler.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openseason.domain.Money;

class MoneyParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a $6,000 stipend                         | USD | 6000   | 6000
      €6,500 for 450 hours                     | EUR | 6500   | 6500
      ¥8,000 (basic)                           | CNY | 8000   | 8000
      USD 3,000                                | USD | 3000   | 3000
      3,000 USD per month                      | USD | 3000   | 3000
      ₹1 lakh for 240 h                        | INR | 100000 | 100000
      from $3,000 - $6,600                     | USD | 3000   | 6600
      between $1,500 and more                  | USD | 1500   | 1500
      $1.5k                                    | USD | 1500   | 1500
      6.500 €                                  | EUR | 6500   | 6500
      £2,000                                   | GBP | 2000   | 2000
      US$ 500                                  | USD | 500    | 500
      """)
  void readsAmountsInTheirCurrency(String text, String currency, long min, long max) {
    assertThat(MoneyParser.find(text)).contains(new Money(currency, min, max));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12 weeks", "version 3.0", "in 2026", "30-60 minutes"})
  void findsNoMoneyInOtherNumbers(String text) {
    assertThat(MoneyParser.find(text)).isEmpty();
  }
}
