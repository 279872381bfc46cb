package org.openseason.crawler.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openseason.domain.Keyed;
import org.openseason.domain.MilestoneKind;

class MilestoneKindsTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Mentee Applications Open                 | applications
      Student Application period               | applications
      Project Proposals Open                   | organization-applications
      Sub-org applications due                 | organization-applications
      Mentorship Program Begins                | program-start
      Coding officially begins                 | program-start
      Midterm Mentee Evaluations               | midterm
      Phase 1 evaluations                      | midterm
      Last Day of Term                         | program-end
      Selection Notifications                  | selection
      Accepted contributor projects announced  | selection
      Application Review Period (2 weeks)      | other
      Mentee Candidate Info Sessions           | other
      First Stipend Payments                   | other
      Contributor application period ends      | application-deadline
      Community Bonding Period                 | community-bonding
      mentee/mentor working period             | program
      Initial results announced                | results
      """)
  void guessesTheKindFromTheLabel(String label, String kind) {
    assertThat(MilestoneKinds.guess(label)).isEqualTo(Keyed.byKey(MilestoneKind.class, kind).orElseThrow());
  }
}
