package org.openseason.domain;

/** How an amount is set. */
public enum CompensationBasis implements Keyed {
  FIXED, PURCHASING_POWER_ADJUSTED, BY_PROJECT_SIZE, VARIES
}
