package org.openseason.domain;

/** Whether a program is only for its audiences or only prefers them. */
public enum AudienceRule implements Keyed {
  REQUIRED, PREFERRED
}
