package org.openseason.crawler.archive;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Optional;

/**
 * Something wrong in a web archive, found while it was read.
 *
 * @param offset the byte offset in the file where the record at fault starts (or where reading failed)
 * @param reason the classified reason
 * @param target the URL of the record at fault, when its header could be read
 * @param detail what happened, in words
 */
public record ArchiveProblem(long offset, ArchiveReason reason, Optional<URI> target, String detail) {

  public ArchiveProblem {
    requireNonNull(reason, "reason is null");
    target = target == null ? Optional.empty() : target;
    detail = detail == null ? "" : detail;
  }

  /** One line for a report: {@code length-mismatch at byte 218 (https://...): ...}. */
  public String describe() {
    return reason.key() + " at byte " + offset + target.map(t -> " (" + t + ")").orElse("") + ": " + detail;
  }
}
