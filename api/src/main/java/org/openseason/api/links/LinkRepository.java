package org.openseason.api.links;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code link_check} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LinkRepository extends CrudRepository<LinkRow, String> {

  List<LinkRow> findAllOrderBySlugAndField();

  List<LinkRow> findByStateNotEqualOrderBySlugAndField(String state);

  Optional<Instant> findMinCheckedAt();
}
