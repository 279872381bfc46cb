package org.openseason.api.program;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** The {@code program_revision} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RevisionRepository extends CrudRepository<RevisionRow, Long> {

  List<RevisionRow> findBySlugOrderByChangedAt(String slug);

  long countBySlug(String slug);
}
