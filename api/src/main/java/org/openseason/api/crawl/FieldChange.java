package org.openseason.api.crawl;

/**
 * A listing field a source set, with the words it was read from, for the field's provenance and the history.
 *
 * @param field the field's path: {@code eligibility.minimum_age}, {@code cycles[2026 Term 3].ideas}
 * @param evidence the sentence, cell or summary it was read from
 */
record FieldChange(String field, String evidence) {

  private static final int EVIDENCE_MAX = 1000;

  FieldChange {
    evidence = evidence == null ? "" : evidence.strip();
    if (evidence.length() > EVIDENCE_MAX) {
      evidence = evidence.substring(0, EVIDENCE_MAX - 1) + "…";
    }
  }
}
