package org.openseason.api.submission;

import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.openseason.api.program.ListingJson;
import org.openseason.api.program.ProgramStore;
import org.openseason.crawler.Crawler;
import org.openseason.crawler.fetch.FetchResult;
import org.openseason.crawler.fetch.Fetched;
import org.openseason.domain.SourceKind;

/**
 * Proof that the organizers themselves keep a listing: the edit link's verification token found on the program's
 * homepage, in {@code <meta name="openseason-verification" content="TOKEN">}, or in
 * {@code /.well-known/openseason-verification.txt} on its host. Fetched through the crawler, so its address guard,
 * robots.txt and politeness apply as to any crawl. Kept on the organizer key, not in the listing.
 */
@Singleton
public class Ownership {

  public static final String META = "openseason-verification";
  public static final String WELL_KNOWN = "/.well-known/openseason-verification.txt";
  private static final long MAX_BYTES = 1_000_000;

  private final KeyRepository keys;
  private final SubmissionRepository rows;
  private final ProgramStore store;
  private final ListingJson listings;
  private final Crawler crawler;
  private final Clock clock;

  Ownership(KeyRepository keys, SubmissionRepository rows, ProgramStore store, ListingJson listings, Crawler crawler,
      Clock clock) {
    this.keys = keys;
    this.rows = rows;
    this.store = store;
    this.listings = listings;
    this.crawler = crawler;
    this.clock = clock;
  }

  /**
   * What a check found.
   *
   * @param verified true when the token was found
   * @param detail where it was found, or where it was looked for
   */
  public record Check(boolean verified, String detail) {}

  /**
   * Looks for the edit link's token on the program's homepage now, and records it when found.
   *
   * @throws org.openseason.api.system.ApiException 404 for an unknown edit link
   */
  public Check check(String editToken) {
    KeyRow key = keys.byToken(editToken);
    URI homepage = store.find(key.slug()).map(s -> s.program().homepage())
        .orElseGet(() -> rows.findFirstByKeyIdOrderByIdDesc(key.id())
            .map(r -> listings.read(r.listing(), SourceKind.ORGANIZER).homepage()).orElseThrow());
    URI wellKnown = homepage.resolve(WELL_KNOWN);
    for (URI page : List.of(homepage, wellKnown)) {
      Optional<String> body = body(crawler.fetch(page, MAX_BYTES));
      boolean found = body.map(text -> page == homepage
          ? Jsoup.parse(text).select("meta[name=" + META + "]").stream()
              .anyMatch(m -> m.attr("content").strip().equals(key.verification()))
          : text.lines().map(String::strip).anyMatch(key.verification()::equals)).orElse(false);
      if (found) {
        keys.update(key.verified(clock.instant(), page.toString()));
        return new Check(true, "Found on " + page + ".");
      }
    }
    return new Check(false, "The token was not found on " + homepage + " nor in " + wellKnown
        + ". Add it, then check again.");
  }

  private static Optional<String> body(FetchResult result) {
    return result instanceof Fetched fetched
        ? Optional.of(new String(fetched.body(), StandardCharsets.UTF_8)) : Optional.empty();
  }
}
