package org.openseason.api.submission;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** The {@code organizer_key} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface KeyRepository extends CrudRepository<KeyRow, Long> {

  Optional<KeyRow> findByTokenHash(String tokenHash);

  List<KeyRow> findBySlugAndVerifiedAtIsNotNull(String slug);
}
