package org.openseason.api.program;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** The {@code program_revision} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RevisionRepository extends CrudRepository<RevisionRow, Long> {

  List<RevisionRow> findBySlugOrderByChangedAt(String slug);

  long countBySlug(String slug);

  /** The newest revision's id, 0 when there is none. */
  @Query("SELECT COALESCE(MAX(id), 0) FROM program_revision")
  long latestId();

  @Query("SELECT DISTINCT slug FROM program_revision WHERE id > :after AND id <= :upTo")
  List<String> slugsChangedBetween(long after, long upTo);
}
