package org.openseason.domain;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a listing's facts came from.
 *
 * @param source the kind of source that last set them
 * @param sourceUrl the page the facts were read from
 * @param verified the day they were last checked against that page
 */
public record Provenance(SourceKind source, Optional<URI> sourceUrl, LocalDate verified) {

  public Provenance {
    requireNonNull(source, "source is null");
    sourceUrl = Urls.optional(sourceUrl, "source_url");
    requireNonNull(verified, "verified is null");
  }
}
