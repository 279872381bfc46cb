package org.openseason.api.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code api_token} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TokenRepository extends CrudRepository<TokenRow, Long> {

  Optional<TokenRow> findByTokenHash(String tokenHash);

  List<TokenRow> findByAccountIdOrderById(long accountId);

  @Query("UPDATE api_token SET last_used_at = :lastUsedAt WHERE id = :id")
  void used(long id, Instant lastUsedAt);

  @Query("UPDATE api_token SET revoked_at = :revokedAt WHERE id = :id AND account_id = :accountId AND revoked_at IS NULL")
  long revoke(long id, long accountId, Instant revokedAt);
}
