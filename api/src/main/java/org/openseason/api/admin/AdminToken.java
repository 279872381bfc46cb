package org.openseason.api.admin;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The administrators' secret, from {@code openseason.admin.token} (the environment variable
 * {@code OPENSEASON_ADMIN_TOKEN}); never in the repository. Administration is off without one, and with one too
 * short to resist guessing.
 */
@Singleton
public final class AdminToken {

  static final int MIN_LENGTH = 24;
  private static final Logger LOG = LoggerFactory.getLogger(AdminToken.class);

  private final Optional<byte[]> token;

  AdminToken(@Value("${openseason.admin.token:}") String configured) {
    String value = configured == null ? "" : configured.strip();
    if (!value.isEmpty() && value.length() < MIN_LENGTH) {
      LOG.warn("openseason.admin.token is shorter than {} characters: administration stays off", MIN_LENGTH);
      value = "";
    }
    this.token = value.isEmpty() ? Optional.empty() : Optional.of(value.getBytes(StandardCharsets.UTF_8));
  }

  public boolean enabled() {
    return token.isPresent();
  }

  /** Whether an {@code Authorization: Bearer} header carries the token. */
  public boolean acceptsBearer(Optional<String> authorization) {
    return authorization.filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
        .map(h -> matches(h.substring(7).strip())).orElse(false);
  }

  /** Whether an {@code Authorization: Basic} header carries user {@code admin} with the token as password. */
  public boolean acceptsBasic(Optional<String> authorization) {
    return authorization.filter(h -> h.regionMatches(true, 0, "Basic ", 0, 6)).map(h -> {
      try {
        String pair = new String(Base64.getDecoder().decode(h.substring(6).strip()), StandardCharsets.UTF_8);
        return pair.startsWith("admin:") && matches(pair.substring(6));
      } catch (IllegalArgumentException notBase64) {
        return false;
      }
    }).orElse(false);
  }

  /** Compared in constant time, so that timing tells nothing about the token. */
  private boolean matches(String offered) {
    return token.isPresent() && MessageDigest.isEqual(token.get(), offered.getBytes(StandardCharsets.UTF_8));
  }
}
