package org.openseason.api.program;

import java.time.Instant;
import java.util.Optional;
import org.openseason.domain.Program;
import org.openseason.domain.SourceKind;

/**
 * A program as the database holds it.
 *
 * @param program the listing
 * @param source who last set it
 * @param catalogFingerprint the fingerprint of the bundled catalog entry last applied, if any
 * @param updatedAt when it last changed
 * @param createdAt when it was first stored: when it became new on the site
 */
public record StoredProgram(
    Program program, SourceKind source, Optional<String> catalogFingerprint, Instant updatedAt, Instant createdAt) {

  /** A program stored once: created when it was last updated. */
  public StoredProgram(Program program, SourceKind source, Optional<String> catalogFingerprint, Instant updatedAt) {
    this(program, source, catalogFingerprint, updatedAt, updatedAt);
  }
}
