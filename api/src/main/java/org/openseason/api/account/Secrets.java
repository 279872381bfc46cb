package org.openseason.api.account;

import org.openseason.api.guard.Digests;

/**
 * Random tokens for sessions and scripts, and the hashes they are stored as. A token has 256 random bits, so a
 * fast hash is enough to store it (unlike a password, it cannot be guessed from a dictionary).
 */
final class Secrets {

  private Secrets() {}

  /** 32 random bytes, URL-safe Base64 without padding (43 characters), after the prefix. */
  static String token(String prefix) {
    return prefix + Digests.newToken();
  }

  /** The SHA-256 of a token, in hex: what the database keeps. */
  static String hash(String token) {
    return Digests.sha256Hex(token);
  }

  /** Whether a string could be one of our tokens at all: anything else is refused before the database is asked. */
  static boolean plausible(String token, String prefix) {
    return token != null && token.length() == prefix.length() + 43 && token.startsWith(prefix)
        && token.substring(prefix.length()).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
  }
}
