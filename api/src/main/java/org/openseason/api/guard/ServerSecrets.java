package org.openseason.api.guard;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Random secrets shared by every instance through the database: the first instance that needs one makes it, the
 * others read it. Kept in memory once read; never logged, never in the repository.
 */
@Singleton
public class ServerSecrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretRepository secrets;
  private final Clock clock;
  private final Map<String, byte[]> known = new ConcurrentHashMap<>();

  ServerSecrets(SecretRepository secrets, Clock clock) {
    this.secrets = secrets;
    this.clock = clock;
  }

  /** The 32-byte secret of this name, made now if no instance has made it yet. */
  public byte[] get(String name) {
    return known.computeIfAbsent(name, this::load).clone();
  }

  private byte[] load(String name) {
    byte[] fresh = new byte[32];
    RANDOM.nextBytes(fresh);
    secrets.insertIfAbsent(name, Base64.getEncoder().encodeToString(fresh), clock.instant());
    return Base64.getDecoder().decode(secrets.findById(name).orElseThrow().secret());
  }
}
