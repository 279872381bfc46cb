package org.openseason.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoTest {

  @Test
  void worksAValueOutOncePerKey() {
    List<String> asked = new ArrayList<>();
    Memo<String, Integer> lengths = new Memo<>(10);

    assertThat(lengths.get("four", k -> { asked.add(k); return k.length(); })).isEqualTo(4);
    assertThat(lengths.get("four", k -> { asked.add(k); return -1; })).isEqualTo(4);

    assertThat(asked).containsExactly("four");
  }

  @Test
  void pastItsSizeStartsAfreshAndStillAnswersRight() {
    List<Integer> asked = new ArrayList<>();
    Memo<Integer, Integer> squares = new Memo<>(2);
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 5; i++) {
        assertThat(squares.get(i, k -> { asked.add(k); return k * k; })).isEqualTo(i * i);
      }
    }
    // Two kept at most, so the second round works every value out again.
    assertThat(asked).hasSize(10);
  }
}
