package org.openseason.api.submission;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** The {@code submission} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SubmissionRepository extends CrudRepository<SubmissionRow, Long> {

  List<SubmissionRow> findByStateOrderByCreatedAt(String state);

  List<SubmissionRow> findByKeyIdAndState(Long keyId, String state);

  Optional<SubmissionRow> findFirstByKeyIdOrderByIdDesc(Long keyId);

  Optional<SubmissionRow> findByReceipt(String receipt);

  boolean existsByProposedSlugAndStateInList(String proposedSlug, List<String> states);

  /** Locks the row, so that two moderators deciding at once take turns and the second sees the first's state. */
  @Query("SELECT * FROM submission WHERE id = :id FOR UPDATE")
  Optional<SubmissionRow> findByIdForUpdate(Long id);
}
