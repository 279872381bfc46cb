package org.openseason.crawler.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void removesEmailAddressesAndTheBracketsTheyLeaveEmpty() {
    assertThat(Texts.line("Ask Jane (jane.doe@example.org) or mailto:team@example.org today"))
        .isEqualTo("Ask Jane or today");
  }

  @Test
  void removesControlCharactersAndCollapsesSpaces() {
    assertThat(Texts.line("a\u0000b  \t c\n d")).isEqualTo("ab c d");
  }

  @Test
  void keepsParagraphBreaksButNotRunsOfBlankLines() {
    assertThat(Texts.paragraphs("one  two\n\n\n\nthree")).isEqualTo("one two\n\nthree");
  }

  @Test
  void keepsTheSpacesAnAuthorTypedInATitle() {
    assertThat(Texts.title("  Test Enhancements -  CLI Tests\n")).isEqualTo("Test Enhancements -  CLI Tests");
  }

  @Test
  void shortensAtAWordBoundary() {
    assertThat(Texts.limit("the quick brown fox", 12)).isEqualTo("the quick…");
  }
}
