package org.openseason.api.calendar;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.openseason.api.program.ProgramStore;
import org.openseason.api.program.StoredProgram;
import org.openseason.api.search.Listings;
import org.openseason.api.search.SearchParameters;
import org.openseason.api.system.ApiException;
import org.openseason.api.system.Conditional;
import org.openseason.api.system.KeptListings;
import org.openseason.api.system.SiteAddress;
import org.openseason.domain.Slugs;

/** Answers calendar requests: validates, answers 304 when it can, else builds the calendar. */
@Singleton
class CalendarService {

  static final String MEDIA_TYPE = "text/calendar;charset=utf-8";

  /** A search's calendar keeps a year of past steps: enough to see last year's round, not the whole history. */
  private static final Duration PAST = Duration.ofDays(365);

  private final Listings listings;
  private final ProgramStore store;
  private final SiteAddress site;
  private final KeptListings kept;

  CalendarService(Listings listings, ProgramStore store, SiteAddress site, KeptListings kept) {
    this.listings = listings;
    this.store = store;
    this.site = site;
    this.kept = kept;
  }

  HttpResponse<byte[]> search(HttpRequest<?> request, Map<String, List<String>> params, Instant now) {
    Instant at = Conditional.windowStart(now);
    Map<String, List<String>> whole = Listings.whole(params);
    SearchParameters.Query query = listings.query(whole, at);
    String base = site.of(request);
    String etag = Conditional.etag("calendar", listings.generation(), at, whole, base);
    var cached = Conditional.notModified(request, etag);
    if (cached.isPresent()) {
      return cached.get();
    }
    byte[] body = kept.get(listings.generation(), etag, () -> {
      List<StoredProgram> programs = listings.programs(listings.find(query));
      return bytes(calendar(request, at).write("OpenSeason programs", programs, at.minus(PAST), at));
    });
    return answer(body, etag, "openseason-programs.ics");
  }

  HttpResponse<byte[]> program(HttpRequest<?> request, String file, Instant now) {
    String slug = file.endsWith(".ics") ? file.substring(0, file.length() - 4) : "";
    if (!Slugs.isValid(slug)) {
      throw ApiException.notFound("No calendar here: calendars are /calendar/programs/{slug}.ics.");
    }
    Instant at = Conditional.windowStart(now);
    String etag = Conditional.etag("calendar-program", listings.generation(), at, Map.of(), slug, site.of(request));
    var cached = Conditional.notModified(request, etag);
    if (cached.isPresent()) {
      return cached.get();
    }
    byte[] body = kept.get(listings.generation(), etag, () -> {
      StoredProgram stored =
          store.find(slug).orElseThrow(() -> ApiException.notFound("No program has the identifier '" + slug + "'."));
      return bytes(calendar(request, at).write("OpenSeason: " + stored.program().name(), List.of(stored), Instant.MIN,
          at));
    });
    return answer(body, etag, slug + ".ics");
  }

  private ProgramCalendar calendar(HttpRequest<?> request, Instant at) {
    return new ProgramCalendar(site.of(request), site.host(request), at);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static MutableHttpResponse<byte[]> answer(byte[] body, String etag, String filename) {
    MutableHttpResponse<byte[]> response = HttpResponse.ok(body)
        .contentType(MEDIA_TYPE)
        .header("Content-Disposition", "inline; filename=\"" + filename + "\"");
    return Conditional.cacheable(response, etag);
  }
}
