package org.openseason.api.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Conditional answers for listings that are asked for again and again (embeds, feeds, calendars, badges): the
 * validator is computed from what the answer is built from (the index generation, the request, the time window),
 * never from the answer, so a request that carries it is answered 304 without building anything.
 *
 * <p>Answers are built as of the start of their time window ({@link #windowStart}), so the same validator always
 * stands for the same bytes. A random part per process keeps validators of an earlier run (another index) from
 * matching.
 */
public final class Conditional {

  /** How long a listing answer stays the same; also what clients may cache it for. */
  public static final int WINDOW_SECONDS = 300;

  private static final String RUN = UUID.randomUUID().toString();

  private Conditional() {}

  /** The start of the current window: answers say "closes in 5 days" as of then. */
  public static Instant windowStart(Instant now) {
    long seconds = now.truncatedTo(ChronoUnit.SECONDS).getEpochSecond();
    return Instant.ofEpochSecond(seconds - Math.floorMod(seconds, WINDOW_SECONDS));
  }

  /**
   * A strong validator for an answer.
   *
   * @param what the kind of answer ("calendar", "atom")
   * @param generation the index generation it is built from
   * @param now the current time (its window counts)
   * @param params the request's parameters, in any order
   * @param extra anything else it depends on (a slug, the site's address)
   */
  public static String etag(String what, long generation, Instant now, Map<String, List<String>> params,
      String... extra) {
    StringBuilder key = new StringBuilder(RUN).append('\n').append(what).append('\n').append(generation)
        .append('\n').append(windowStart(now).getEpochSecond());
    new TreeMap<>(params).forEach((k, v) -> key.append('\n').append(k).append('=').append(String.join("\u0000", v)));
    for (String e : extra) {
      key.append('\n').append(e);
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
      return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always there", e);
    }
  }

  /** A 304 when the request already holds the answer with this validator. */
  public static Optional<MutableHttpResponse<byte[]>> notModified(HttpRequest<?> request, String etag) {
    for (String header : request.getHeaders().getAll("If-None-Match")) {
      for (String candidate : header.split(",")) {
        String tag = candidate.strip();
        if (tag.startsWith("W/")) {
          tag = tag.substring(2);
        }
        if (tag.equals(etag) || tag.equals("*")) {
          return Optional.of(cacheable(HttpResponse.notModified(), etag));
        }
      }
    }
    return Optional.empty();
  }

  /** Adds the validator and lets any cache keep the answer for one window. */
  public static <T> MutableHttpResponse<T> cacheable(MutableHttpResponse<T> response, String etag) {
    response.getHeaders().set("ETag", etag);
    response.getHeaders().set("Cache-Control", "public, max-age=" + WINDOW_SECONDS);
    return response;
  }
}
