package org.openseason.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserQueryTest {

  @Test
  void splitsWordsPhrasesAndExclusions() {
    UserQuery q = UserQuery.parse("rust \"summer of code\" -closed -\"season of docs\"");

    assertThat(q.terms()).containsExactly("rust", "summer of code");
    assertThat(q.excluded()).containsExactly("closed", "season of docs");
  }

  @Test
  void treatsLuceneSyntaxAsText() {
    UserQuery q = UserQuery.parse("title:(a OR b)^3 c++ k8s~ *ml? [1 TO 2] \\");

    assertThat(q.terms()).containsExactly("title:(a", "b)^3", "c++", "k8s~", "*ml?", "[1", "TO", "2]", "\\");
    assertThat(q.excluded()).isEmpty();
  }

  @Test
  void readsOrBetweenWordsAsAnyOfThem() {
    UserQuery q = UserQuery.parse("rust or compilers -closed");

    assertThat(q.terms()).containsExactly("rust", "compilers");
    assertThat(q.excluded()).containsExactly("closed");
    assertThat(q.anyTerm()).isTrue();
    assertThat(UserQuery.parse("rust or -closed compilers").anyTerm()).isTrue();
  }

  @Test
  void keepsOrAsAWordWhereItJoinsNothing() {
    assertThat(UserQuery.parse("rust compilers").anyTerm()).isFalse();
    assertThat(UserQuery.parse("or rust").terms()).containsExactly("or", "rust");
    assertThat(UserQuery.parse("or rust").anyTerm()).isFalse();
    assertThat(UserQuery.parse("rust or").terms()).containsExactly("rust", "or");
    assertThat(UserQuery.parse("rust or").anyTerm()).isFalse();
    assertThat(UserQuery.parse("\"this or that\"").terms()).containsExactly("this or that");
    assertThat(UserQuery.parse("\"this or that\"").anyTerm()).isFalse();
  }

  @Test
  void keepsAnUnclosedQuoteAsAPhraseToTheEnd() {
    assertThat(UserQuery.parse("\"open source").terms()).containsExactly("open source");
  }

  @Test
  void treatsALoneHyphenAsNothing() {
    assertThat(UserQuery.parse("a - b").terms()).containsExactly("a", "b");
  }

  @Test
  void stopsAtTheTermLimit() {
    assertThat(UserQuery.parse("w ".repeat(1000)).terms()).hasSize(UserQuery.MAX_TERMS);
  }

  @Test
  void treatsControlCharactersAsSpaces() {
    assertThat(UserQuery.parse("rust\u0000go\u0007").terms()).containsExactly("rust", "go");
  }
}
