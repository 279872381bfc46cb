package org.openseason.api.account;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Signed-in browsers, in the database so that any instance knows them. The cookie carries a random token and the
 * table only its SHA-256. A session lasts at most {@link #ABSOLUTE} and ends sooner after {@link #IDLE} unused.
 */
@Singleton
public class Sessions {

  static final Duration ABSOLUTE = Duration.ofHours(12);
  static final Duration IDLE = Duration.ofHours(2);
  /** A session seen again within this time is not written again: most requests only read. */
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private final SessionRepository sessions;
  private final Accounts accounts;
  private final Clock clock;

  Sessions(SessionRepository sessions, Accounts accounts, Clock clock) {
    this.sessions = sessions;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** A new session for someone who just signed in: always a fresh token, never one the browser had before. */
  public NewSession start(Moderator moderator) {
    String token = Secrets.token("");
    Instant now = clock.instant();
    sessions.save(new SessionRow(Secrets.hash(token), moderator.id(), now, now, now.plus(ABSOLUTE)));
    return new NewSession(token, now.plus(ABSOLUTE));
  }

  /** The live session of a cookie's token, seen now (which keeps it from going idle). */
  public Optional<Session> resolve(String token) {
    return resolve(token, clock.instant());
  }

  Optional<Session> resolve(String token, Instant now) {
    if (!Secrets.plausible(token, "")) {
      return Optional.empty();
    }
    String hash = Secrets.hash(token);
    Optional<SessionRow> row = sessions.findById(hash);
    if (row.isEmpty()) {
      return Optional.empty();
    }
    SessionRow session = row.get();
    if (!now.isBefore(session.expiresAt()) || !now.isBefore(session.lastSeenAt().plus(IDLE))) {
      sessions.deleteById(hash);
      return Optional.empty();
    }
    Optional<Moderator> moderator = accounts.byId(session.accountId());
    if (moderator.isPresent() && !now.isBefore(session.lastSeenAt().plus(TOUCH_EVERY))) {
      sessions.touch(hash, now);
    }
    return moderator.map(m -> new Session(m, hash));
  }

  /** Signs out: the token no longer works on any instance. */
  public void end(String token) {
    if (token != null) {
      sessions.deleteById(Secrets.hash(token));
    }
  }

  @Scheduled(fixedDelay = "1h", initialDelay = "15m")
  void forgetEnded() {
    Instant now = clock.instant();
    sessions.deleteEnded(now, now.minus(IDLE));
  }

  /**
   * A session just started.
   *
   * @param token the cookie's value, never stored
   * @param expiresAt when it ends at the latest
   */
  public record NewSession(String token, Instant expiresAt) {}

  /**
   * A live session.
   *
   * @param moderator who signed in
   * @param binding what CSRF tokens of this session are bound to (the token's hash: never the token itself)
   */
  public record Session(Moderator moderator, String binding) {}
}
