package org.openseason.api.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;

/**
 * Password hashes: Argon2id (RFC 9106) with a random 16-byte salt, 19 MiB of memory and two passes (OWASP's
 * recommended minimum), as PHC strings ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}) that carry their
 * parameters, so stronger settings later still verify old hashes.
 */
@Singleton
final class Passwords {

  private static final Argon2Function ARGON2 = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);

  /** Verified against when the account does not exist, so that a missing account costs the same time. */
  private final String dummy = hash("not the password of any account");

  String hash(String password) {
    return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
  }

  boolean matches(String password, String hash) {
    try {
      return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    } catch (RuntimeException unreadable) {
      return false;
    }
  }

  /** Spends the time of one verification, for an account that does not exist. */
  void waste(String password) {
    matches(password, dummy);
  }
}
