package org.openseason.api.guard;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The few cryptographic steps every feature uses the same way: random tokens (sessions, API tokens, edit links),
 * the SHA-256 the database keeps of them instead of the token, and HMAC-SHA256 signatures (CSRF tokens, webhook
 * bodies).
 */
public final class Digests {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Digests() {}

  /** 32 random bytes, URL-safe Base64 without padding: 43 characters. */
  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The SHA-256 of a token, in hex: a high-entropy token needs no slow hash. */
  public static String sha256Hex(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** HMAC-SHA256 of a text with a key. */
  public static byte[] hmacSha256(byte[] key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
