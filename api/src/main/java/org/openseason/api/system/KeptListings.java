package org.openseason.api.system;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.openseason.index.KeptAnswers;

/**
 * The bytes of listing answers (embeds, feeds, calendars) by their validator: a client without the validator
 * asking for an answer already built in this window gets the same bytes without a search or a render. The
 * validator holds the index generation, the request and the window ({@link Conditional#etag}), so a kept answer is
 * never stale; concurrent askers of a missing one wait for one computation.
 */
@Singleton
public final class KeptListings {

  /** Answers kept per index generation; an embed or a feed is a few kilobytes. */
  private static final int CAPACITY = 256;

  private final KeptAnswers<String, byte[]> kept = new KeptAnswers<>(CAPACITY);

  public byte[] get(long generation, String etag, Supplier<byte[]> build) {
    try {
      return kept.get(generation, etag, build::get);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
