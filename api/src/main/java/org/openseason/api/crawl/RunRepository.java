package org.openseason.api.crawl;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** The {@code crawl_run} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RunRepository extends CrudRepository<RunRow, Long> {

  List<RunRow> findAllOrderByIdDesc(Pageable page);
}
