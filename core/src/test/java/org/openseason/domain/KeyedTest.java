package org.openseason.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openseason.eligibility.Verdict;

class KeyedTest {

  @Test
  void keysAndLabelsComeFromTheConstantsNames() {
    assertThat(ProgramKind.SUMMER_OF_CODE.key()).isEqualTo("summer-of-code");
    assertThat(StudentRequirement.STUDENT_OR_BEGINNER.key()).isEqualTo("student-or-beginner");
    assertThat(StudentRequirement.STUDENT_OR_BEGINNER.label()).isEqualTo("Student or beginner");
  }

  @Test
  void aConstantWithItsOwnLabelKeepsItAndItsKey() {
    assertThat(Verdict.NOT_ELIGIBLE.label()).isEqualTo("Not eligible");
    assertThat(Verdict.NOT_ELIGIBLE.key()).isEqualTo("not-eligible");
    assertThat(Keyed.byKey(Verdict.class, "not-eligible")).contains(Verdict.NOT_ELIGIBLE);
  }

  @Test
  void findsEveryConstantByItsKeyAndNothingElse() {
    for (ProgramKind kind : ProgramKind.values()) {
      assertThat(Keyed.byKey(ProgramKind.class, kind.key())).contains(kind);
    }
    assertThat(Keyed.byKey(ProgramKind.class, "SUMMER_OF_CODE")).isEqualTo(Optional.empty());
    assertThat(Keyed.byKey(ProgramKind.class, null)).isEmpty();
  }
}
