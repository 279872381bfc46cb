package org.openseason.api.crawl;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Records who set a field of a listing (the {@code program_field} provenance the merge reads back as
 * {@link Owners}): crawls for what they read, moderators' approvals for what a person decided.
 */
@Singleton
public class FieldOwnership {

  private final FieldRepository fields;

  FieldOwnership(FieldRepository fields) {
    this.fields = fields;
  }

  /**
   * Makes a source the owner of one field, in the caller's transaction.
   *
   * @param slug the listing
   * @param field the field's path, as {@link ListingMerge} names it
   * @param precedence the source's precedence: later sources below it may no longer change the field
   * @param sourceId the source ("submission 12", a crawl source's id)
   * @param sourceUrl where the value comes from
   * @param at when it was read or decided
   * @param evidence the words it was read from, or the decision
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void claim(String slug, String field, Precedence precedence, String sourceId, String sourceUrl, Instant at,
      String evidence) {
    String shortEvidence = new FieldChange(field, evidence).evidence();
    FieldRow row = new FieldRow(FieldRow.idOf(slug, field), slug, field, precedence.key(), sourceId, sourceUrl, at,
        shortEvidence);
    if (fields.existsById(row.id())) {
      fields.update(row);
    } else {
      fields.save(row);
    }
  }
}
