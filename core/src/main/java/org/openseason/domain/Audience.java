package org.openseason.domain;

/** A group of people a program is for, or prefers. */
public enum Audience implements Keyed {
  UNDERREPRESENTED_IN_TECH,
  WOMEN_AND_NON_BINARY {
    @Override
    public String label() {
      return "Women and non-binary people";
    }
  },
  PRE_UNIVERSITY,
  UNIVERSITY_STUDENTS,
  EARLY_CAREER,
  TECHNICAL_WRITERS,
  NEWCOMERS
}
