package org.openseason.api.crawl;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** The {@code crawl_source} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SourceRepository extends CrudRepository<SourceRow, String> {

  List<SourceRow> findAllOrderById();
}
