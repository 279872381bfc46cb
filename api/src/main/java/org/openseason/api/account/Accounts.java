package org.openseason.api.account;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.openseason.api.guard.Limit;
import org.openseason.api.guard.RateLimits;

/**
 * Administrators' accounts: making one (with a password policy) and signing in (with rate limits per client and,
 * growing, per name). Sign-in answers alike whether or not the account exists, in what it says, in how long it
 * takes (a dummy hash is verified) and in when it locks out (names that have no account are limited too).
 */
@Singleton
public class Accounts {

  /** Letters, digits and {@code . _ @ -}, starting with a letter or digit: safe in logs, URLs and pages. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
  static final int MIN_PASSWORD = 12;
  static final int MAX_PASSWORD = 1024;

  /** Attempts per client address; a success forgets them. */
  static final Limit PER_CLIENT = new Limit("login-client", 10, Duration.ofMinutes(15));
  /** Attempts per name, in tiers: each further tier locks out for longer (a growing back-off). */
  static final List<Limit> PER_NAME = List.of(
      new Limit("login-name", 5, Duration.ofMinutes(15)),
      new Limit("login-name-hour", 10, Duration.ofHours(1)),
      new Limit("login-name-day", 20, Duration.ofDays(1)));

  private final AccountRepository accounts;
  private final Passwords passwords;
  private final RateLimits limits;
  private final Clock clock;
  private final AtomicBoolean seenOne = new AtomicBoolean();

  Accounts(AccountRepository accounts, Passwords passwords, RateLimits limits, Clock clock) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.limits = limits;
    this.clock = clock;
  }

  /**
   * Makes an account.
   *
   * @throws AccountException when the name is malformed or taken (whatever its case) or the password is weak
   */
  public Moderator create(String name, String password) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new AccountException("a name has 1 to 64 letters, digits or . _ @ -, starting with a letter or digit");
    }
    checkPassword(name, password);
    if (accounts.findByNameKey(key(name)).isPresent()) {
      throw new AccountException("an account named '" + name + "' exists already");
    }
    try {
      AccountRow row = accounts.save(
          new AccountRow(null, name, key(name), passwords.hash(password), clock.instant(), false));
      seenOne.set(true);
      return row.moderator();
    } catch (DataAccessException raced) {
      throw new AccountException("an account named '" + name + "' exists already");
    }
  }

  private static void checkPassword(String name, String password) {
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    if (length < MIN_PASSWORD) {
      throw new AccountException("a password needs at least " + MIN_PASSWORD + " characters");
    }
    if (length > MAX_PASSWORD) {
      throw new AccountException("a password has at most " + MAX_PASSWORD + " characters");
    }
    if (password.strip().equalsIgnoreCase(name)) {
      throw new AccountException("a password must not be the account's name");
    }
  }

  /**
   * Checks a name and password, counting the attempt against the client's and the name's limits.
   *
   * @param client the client's address ({@code ClientAddress})
   */
  public SignIn signIn(String name, String password, String client) {
    String key = name == null ? "" : key(name.strip());
    Duration wait = Duration.ZERO;
    RateLimits.Verdict byClient = limits.hit(PER_CLIENT, client);
    if (!byClient.allowed()) {
      wait = byClient.retryAfter();
    }
    for (Limit tier : PER_NAME) {
      RateLimits.Verdict byName = limits.hit(tier, key);
      if (!byName.allowed() && byName.retryAfter().compareTo(wait) > 0) {
        wait = byName.retryAfter();
      }
    }
    if (!wait.isZero()) {
      return new SignIn.Limited(wait);
    }
    if (password == null || password.length() > MAX_PASSWORD * 2) {
      return new SignIn.Refused();
    }
    Optional<AccountRow> account = key.length() <= 64 ? accounts.findByNameKey(key) : Optional.empty();
    if (account.isEmpty()) {
      passwords.waste(password);
      return new SignIn.Refused();
    }
    if (!passwords.matches(password, account.get().passwordHash()) || account.get().disabled()) {
      return new SignIn.Refused();
    }
    limits.reset(PER_CLIENT, client);
    PER_NAME.forEach(tier -> limits.reset(tier, key));
    return new SignIn.Accepted(account.get().moderator());
  }

  /** Whether any account exists: without one, administration is off. */
  public boolean any() {
    if (seenOne.get()) {
      return true;
    }
    boolean any = accounts.count() > 0;
    seenOne.compareAndSet(false, any);
    return any;
  }

  /** The enabled account of this name (any case). */
  public Optional<Moderator> find(String name) {
    return name == null || name.length() > 64 ? Optional.empty()
        : accounts.findByNameKey(key(name)).filter(a -> !a.disabled()).map(AccountRow::moderator);
  }

  /** The enabled account with this id: a session or token of a disabled account stops working. */
  Optional<Moderator> byId(long id) {
    return accounts.findById(id).filter(a -> !a.disabled()).map(AccountRow::moderator);
  }

  /** Every account, by name. */
  public List<Account> list() {
    return accounts.findAllOrderByNameKey().stream()
        .map(a -> new Account(a.id(), a.name(), a.createdAt(), a.disabled())).toList();
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /**
   * An account as listed.
   *
   * @param id its id
   * @param name its name
   * @param createdAt when it was made
   * @param disabled whether it can no longer sign in
   */
  public record Account(long id, String name, Instant createdAt, boolean disabled) {}
}
