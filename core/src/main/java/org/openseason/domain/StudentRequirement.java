package org.openseason.domain;

/** Whether a program requires its participants to be students. */
public enum StudentRequirement implements Keyed {
  REQUIRED, STUDENT_OR_BEGINNER, NOT_REQUIRED, UNKNOWN
}
