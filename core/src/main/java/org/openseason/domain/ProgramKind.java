package org.openseason.domain;

/** What kind of opportunity a program is. */
public enum ProgramKind implements Keyed {
  INTERNSHIP,
  MENTORSHIP,
  SUMMER_OF_CODE {
    @Override
    public String label() {
      return "Summer of Code";
    }
  },
  FELLOWSHIP,
  GRANT,
  CONTEST
}
