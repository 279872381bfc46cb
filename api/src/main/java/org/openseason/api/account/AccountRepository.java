package org.openseason.api.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** The {@code account} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccountRepository extends CrudRepository<AccountRow, Long> {

  Optional<AccountRow> findByNameKey(String nameKey);

  List<AccountRow> findAllOrderByNameKey();
}
