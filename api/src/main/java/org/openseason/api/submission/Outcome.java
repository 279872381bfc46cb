package org.openseason.api.submission;

import java.time.Duration;
import java.util.List;
import org.openseason.api.system.Problem;
import org.openseason.domain.Program;

/** What became of a proposal: each way it can end, for the JSON API and the form to answer in their own way. */
public sealed interface Outcome {

  /**
   * Stored (or, for a filled-in honeypot, made to look stored).
   *
   * @param receipt what the organizer keeps
   */
  record Accepted(Receipt receipt) implements Outcome {}

  /**
   * Checked and fine, not stored: what the preview shows.
   *
   * @param program the listing as it would be published
   * @param descriptionHtml its description, rendered and sanitized
   */
  record Valid(Program program, String descriptionHtml) implements Outcome {}

  /**
   * Refused, with a message per field.
   *
   * @param errors the fields at fault, by their path in the listing format
   */
  record Invalid(List<Problem.InvalidParam> errors) implements Outcome {}

  /**
   * A new program that is already listed: the organizer is offered to propose an edit to that listing instead.
   *
   * @param slug the listed program
   * @param name its name
   */
  record Duplicate(String slug, String name) implements Outcome {}

  /**
   * Too many submissions from this client.
   *
   * @param retryAfter how long until it may send again
   * @param retryAfterSeconds the same, in whole seconds for {@code Retry-After}
   */
  record Limited(Duration retryAfter, long retryAfterSeconds) implements Outcome {}
}
