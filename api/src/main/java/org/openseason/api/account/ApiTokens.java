package org.openseason.api.account;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Administrators' tokens for scripts ({@code Authorization: Bearer os_...} on {@code /api/v1/admin/**}). A token
 * is shown once when made; the database keeps its SHA-256, its label and when it was last used. Revoked tokens
 * stay listed.
 */
@Singleton
public class ApiTokens {

  static final String PREFIX = "os_";
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private final TokenRepository tokens;
  private final Accounts accounts;
  private final Clock clock;

  ApiTokens(TokenRepository tokens, Accounts accounts, Clock clock) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.clock = clock;
  }

  /**
   * A new token of this account.
   *
   * @param label what the token is for, 1 to 100 characters
   * @throws AccountException when the label is empty or too long
   */
  public NewToken create(Moderator owner, String label) {
    String l = label == null ? "" : label.strip();
    if (l.isEmpty() || l.length() > 100 || l.chars().anyMatch(Character::isISOControl)) {
      throw new AccountException("a token's label has 1 to 100 characters");
    }
    String token = Secrets.token(PREFIX);
    TokenRow row = tokens.save(new TokenRow(null, owner.id(), l, Secrets.hash(token), clock.instant(), null, null));
    return new NewToken(row.id(), l, token);
  }

  /** A new token of the account of this name, for the command line. */
  public NewToken create(String accountName, String label) {
    Moderator owner = accounts.find(accountName)
        .orElseThrow(() -> new AccountException("no account is named '" + accountName + "'"));
    return create(owner, label);
  }

  /** This account's tokens, oldest first, revoked ones too. */
  public List<TokenView> list(Moderator owner) {
    return tokens.findByAccountIdOrderById(owner.id()).stream()
        .map(t -> new TokenView(t.id(), t.label(), t.createdAt(), t.lastUsedAt(), t.revokedAt())).toList();
  }

  /** Revokes one of this account's tokens; false when it has no such live token. */
  public boolean revoke(Moderator owner, long id) {
    return tokens.revoke(id, owner.id(), clock.instant()) > 0;
  }

  /** Whose live token this is. */
  public Optional<Moderator> resolve(String token) {
    if (!Secrets.plausible(token, PREFIX)) {
      return Optional.empty();
    }
    Optional<TokenRow> row = tokens.findByTokenHash(Secrets.hash(token)).filter(t -> t.revokedAt() == null);
    Optional<Moderator> owner = row.flatMap(t -> accounts.byId(t.accountId()));
    if (owner.isPresent()) {
      Instant now = clock.instant();
      if (row.get().lastUsedAt() == null || !now.isBefore(row.get().lastUsedAt().plus(TOUCH_EVERY))) {
        tokens.used(row.get().id(), now);
      }
    }
    return owner;
  }

  /**
   * A token just made: the only time it is shown.
   *
   * @param id its id, to revoke it
   * @param label what it is for
   * @param token the secret itself
   */
  public record NewToken(long id, String label, String token) {}

  /**
   * A token as listed, without its secret.
   *
   * @param id its id
   * @param label what it is for
   * @param createdAt when it was made
   * @param lastUsedAt when it was last used (to the minute), null when never
   * @param revokedAt when it was revoked, null while it works
   */
  public record TokenView(long id, String label, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean revoked() {
      return revokedAt != null;
    }
  }
}
