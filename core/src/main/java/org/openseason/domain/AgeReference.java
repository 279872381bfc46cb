package org.openseason.domain;

/** The date at which a program judges a minimum age. */
public enum AgeReference implements Keyed {
  PROGRAM_START, APPLICATION_DEADLINE, REGISTRATION
}
