package org.openseason.domain;

/** Whether a program still runs. A program that ended is archived with its lifecycle, never deleted. */
public enum Lifecycle implements Keyed {
  ACTIVE,
  PAUSED,
  SUNSET,
  DISCONTINUED;

  /** True while new cycles can be expected. */
  public boolean isRunning() {
    return this == ACTIVE || this == PAUSED;
  }
}
