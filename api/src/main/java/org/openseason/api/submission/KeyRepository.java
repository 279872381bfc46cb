package org.openseason.api.submission;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import org.openseason.api.system.ApiException;

/** The {@code organizer_key} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface KeyRepository extends CrudRepository<KeyRow, Long> {

  Optional<KeyRow> findByTokenHash(String tokenHash);

  /** The key of an edit link; anything not shaped like a token is refused before a lookup. */
  default KeyRow byToken(String token) {
    return (Tokens.looksLikeEditToken(token) ? findByTokenHash(Tokens.hash(token)) : Optional.<KeyRow>empty())
        .orElseThrow(() -> ApiException.notFound("This edit link is not known: check that it was copied whole."));
  }

  List<KeyRow> findBySlugAndVerifiedAtIsNotNull(String slug);
}
