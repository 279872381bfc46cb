package org.openseason.api.moderation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** The {@code audit_log} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditRepository extends CrudRepository<AuditRow, Long> {

  List<AuditRow> findAllOrderByIdDesc(Pageable page);

  List<AuditRow> findBySubjectOrderById(String subject);
}
