package org.openseason.api.moderation;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * One field that a proposal changes, as moderators read it.
 *
 * @param field its path in the listing format ("eligibility.minimum_age", "cycles[2027].milestones")
 * @param before the live value as text, empty when the field has none (or the program is new)
 * @param after the proposed value as text, empty when the proposal removes it
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record FieldDiff(String field, String before, String after) {

  /**
   * The name the merge's provenance knows the field by: the crawler owns countries as one field and compensation
   * as a whole, so an approval claims them the same way.
   */
  String owner() {
    if (field.startsWith("eligibility.countries_")) {
      return "eligibility.countries";
    }
    if (field.startsWith("compensation.")) {
      return "compensation";
    }
    if (field.startsWith("cycles[") && field.endsWith("].rolling")) {
      return "cycles[rolling]";
    }
    return field;
  }
}
