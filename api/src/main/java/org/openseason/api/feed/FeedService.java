package org.openseason.api.feed;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.openseason.api.program.StoredProgram;
import org.openseason.api.search.Listings;
import org.openseason.api.search.SearchParameters;
import org.openseason.api.system.Conditional;
import org.openseason.api.system.KeptListings;
import org.openseason.api.system.SiteAddress;

/** Answers feed requests: validates the search, answers 304 when it can, else writes the feed. */
@Singleton
class FeedService {

  /** Feed readers keep what they have read: the fifty newest items are plenty. */
  static final int ITEMS = 50;

  private final Listings listings;
  private final SiteAddress site;
  private final KeptListings kept;

  FeedService(Listings listings, SiteAddress site, KeptListings kept) {
    this.listings = listings;
    this.site = site;
    this.kept = kept;
  }

  HttpResponse<byte[]> answer(HttpRequest<?> request, FeedWriter.Format format, Instant now) {
    Instant at = Conditional.windowStart(now);
    Map<String, List<String>> params = request.getParameters().asMap();
    Map<String, List<String>> whole = Listings.whole(params);
    SearchParameters.Query query = listings.query(whole, at);
    String base = site.of(request);
    String etag = Conditional.etag(format.name(), listings.generation(), at, whole, base);
    var cached = Conditional.notModified(request, etag);
    if (cached.isPresent()) {
      return cached.get();
    }
    byte[] body = kept.get(listings.generation(), etag, () -> {
      List<StoredProgram> programs = listings.programs(listings.find(query));
      List<FeedItem> items = new ProgramNews(base, site.host(request)).of(programs, at, ITEMS);
      String search = query(params);
      String self = base + "/feeds/programs." + (format == FeedWriter.Format.ATOM ? "atom" : "rss") + search;
      String id = "tag:" + site.host(request) + ",2026:feeds/programs" + search;
      Instant updated = items.isEmpty() ? at : items.get(0).published();
      String title = "OpenSeason" + (query.request().text().isEmpty() ? ": programs" : ": " + query.request().text());
      return FeedWriter.write(format, id, title, self, base + "/" + search, items, updated)
          .getBytes(StandardCharsets.UTF_8);
    });
    return Conditional.cacheable(HttpResponse.ok(body)
        .contentType(format.mediaType), etag);
  }

  /** The search as a query string in a stable order, so the feed's id does not depend on how it was asked. */
  private static String query(Map<String, List<String>> params) {
    StringBuilder out = new StringBuilder();
    char separator = '?';
    for (var entry : new java.util.TreeMap<>(params).entrySet()) {
      for (String value : entry.getValue()) {
        out.append(separator).append(encode(entry.getKey())).append('=').append(encode(value));
        separator = '&';
      }
    }
    return out.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
