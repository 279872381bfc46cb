package org.openseason.crawler.archive;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.openseason.crawler.fetch.AccessRule;
import org.openseason.crawler.fetch.Exchange;
import org.openseason.crawler.fetch.Failed;
import org.openseason.crawler.fetch.FailureReason;
import org.openseason.crawler.fetch.FetchRequest;
import org.openseason.crawler.fetch.FetchResult;
import org.openseason.crawler.fetch.HttpMessages;
import org.openseason.crawler.fetch.Validators;

/**
 * A hop answered from a web archive instead of the network: the access rule (robots.txt, itself read from the
 * archive) first, then the archived response for the URL, read by the same code as a live one
 * ({@link HttpMessages}) and dated by its record's {@code WARC-Date}. No address is resolved, no connection made.
 * A URL the archive lacks fails as {@link FailureReason#NOT_IN_ARCHIVE}; a damaged record as
 * {@link FailureReason#BAD_ARCHIVE_RECORD}.
 */
public final class ReplayExchange implements Exchange {

  private final WarcArchive archive;
  private final AccessRule access;

  public ReplayExchange(WarcArchive archive, AccessRule access) {
    this.archive = archive;
    this.access = access;
  }

  @Override
  public FetchResult exchange(FetchRequest request) {
    URI uri = request.uri();
    Optional<FetchResult> refusal = access.refusal(uri);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    Optional<ArchiveEntry> entry = archive.find(uri);
    if (entry.isEmpty()) {
      return Failed.of(uri, FailureReason.NOT_IN_ARCHIVE, "the archive holds no response for " + uri);
    }
    if (entry.get().damage().isPresent()) {
      return Failed.of(uri, FailureReason.BAD_ARCHIVE_RECORD, entry.get().damage().get().describe());
    }
    // the request as the archive answers it: fetched in full, as the recorded response was
    FetchRequest unconditional = request.withValidators(Validators.NONE);
    try {
      return archive.read(entry.get(), message -> HttpMessages.parse(unconditional, message, entry.get().date()));
    } catch (IOException | RuntimeException e) {
      return Failed.of(uri, FailureReason.BAD_ARCHIVE_RECORD, "the archived record at byte " + entry.get().offset()
          + " cannot be read: " + e.getMessage());
    }
  }
}
