package org.openseason.api.program;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** The {@code program} table. H2 runs in PostgreSQL mode, so one dialect serves both databases. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProgramRepository extends CrudRepository<ProgramRow, String> {

  List<ProgramRow> findBySlugInList(List<String> slugs);

  /** One page of rows after {@code slug}, in slug order: keyset paging that stays fast at any depth. */
  List<ProgramRow> findBySlugGreaterThanOrderBySlug(String slug, Pageable page);
}
