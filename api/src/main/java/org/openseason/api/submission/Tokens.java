package org.openseason.api.submission;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import org.openseason.api.guard.Digests;

/** Random tokens for edit links, receipts and ownership checks, and the one-way hash edit links are kept as. */
final class Tokens {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] RECEIPT_LETTERS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

  private Tokens() {}

  /** 32 random bytes, URL-safe: the private part of an edit link. */
  static String editToken() {
    return Digests.newToken();
  }

  /** A receipt id people can read out: {@code OS-7KQ4-M2XD-9PHT}. */
  static String receipt() {
    StringBuilder out = new StringBuilder("OS");
    for (int i = 0; i < 12; i++) {
      if (i % 4 == 0) {
        out.append('-');
      }
      out.append(RECEIPT_LETTERS[RANDOM.nextInt(RECEIPT_LETTERS.length)]);
    }
    return out.toString();
  }

  /** The token an organizer places on the program's homepage. */
  static String verification() {
    byte[] bytes = new byte[20];
    RANDOM.nextBytes(bytes);
    return "openseason-" + HexFormat.of().formatHex(bytes).toLowerCase(Locale.ROOT);
  }

  static String hash(String token) {
    return Digests.sha256Hex(token);
  }

  /** Whether a text has the shape of an edit token, so that anything else is refused before a lookup. */
  static boolean looksLikeEditToken(String token) {
    return token != null && token.matches("[A-Za-z0-9_-]{43}");
  }
}
