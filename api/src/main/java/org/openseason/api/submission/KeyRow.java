package org.openseason.api.submission;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code organizer_key}: whoever holds one edit link, known only by the link token's hash. */
@MappedEntity("organizer_key")
record KeyRow(
    @Id @GeneratedValue @Nullable Long id,
    String tokenHash,
    @Nullable String slug,
    String contact,
    String verification,
    @Nullable Instant verifiedAt,
    @Nullable String verifiedUrl,
    Instant createdAt) {

  KeyRow verified(Instant at, String url) {
    return new KeyRow(id, tokenHash, slug, contact, verification, at, url, createdAt);
  }
}
