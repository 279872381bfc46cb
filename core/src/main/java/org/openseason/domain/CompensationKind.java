package org.openseason.domain;

/** What participants receive. */
public enum CompensationKind implements Keyed {
  STIPEND, GRANT, PRIZE, CERTIFICATE_OR_SWAG, NONE, UNKNOWN
}
