package org.openseason.api.crawl;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** The {@code program_field} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface FieldRepository extends CrudRepository<FieldRow, String> {

  List<FieldRow> findBySlugOrderByField(String slug);
}
