package org.openseason.crawler;

import static java.util.Objects.requireNonNull;

import org.openseason.domain.Keyed;

/**
 * Something in a document that could not be read, and why. Problems are data: one bad page or one bad row never
 * aborts a crawl.
 *
 * @param stage the pipeline stage that found it
 * @param reason a stable, lower-case key such as {@code too-large} or {@code unreadable-date}
 * @param detail what exactly, in words, for people
 * @param fatal true when nothing was extracted from the document because of it
 */
public record Problem(Stage stage, String reason, String detail, boolean fatal) {

  private static final int DETAIL_MAX = 500;

  public Problem {
    requireNonNull(stage, "stage is null");
    requireNonNull(reason, "reason is null");
    detail = detail == null ? "" : detail.strip();
    if (detail.length() > DETAIL_MAX) {
      detail = detail.substring(0, DETAIL_MAX - 1) + "…";
    }
  }

  /** A problem after which the document yields nothing. */
  public static Problem fatal(Stage stage, Keyed reason, String detail) {
    return new Problem(stage, reason.key(), detail, true);
  }

  /** A problem that loses one item or one detail; the rest of the document is still read. */
  public static Problem warning(Stage stage, Keyed reason, String detail) {
    return new Problem(stage, reason.key(), detail, false);
  }
}
