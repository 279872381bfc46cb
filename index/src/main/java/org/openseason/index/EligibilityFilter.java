package org.openseason.index;

import static java.util.Objects.requireNonNull;

import org.openseason.eligibility.Profile;

/**
 * Keep only the programs a profile can apply to.
 *
 * @param profile what the person told
 * @param includeMaybe whether programs that may be open to them count ("eligible or maybe")
 */
public record EligibilityFilter(Profile profile, boolean includeMaybe) {

  public EligibilityFilter {
    requireNonNull(profile, "profile is null");
  }
}
