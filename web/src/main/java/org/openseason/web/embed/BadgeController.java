package org.openseason.web.embed;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openseason.api.program.ProgramStore;
import org.openseason.api.search.Listings;
import org.openseason.api.system.ApiException;
import org.openseason.api.system.Conditional;
import org.openseason.domain.Program;
import org.openseason.domain.ProgramStatus;
import org.openseason.domain.Slugs;

/**
 * {@code GET /badge/{slug}.svg}: a program's status as an SVG badge for READMEs and slides ("GSoC 2027 ·
 * Applications close in 5 days"), for places that take only images.
 */
@Controller("/badge")
@ExecuteOn(TaskExecutors.BLOCKING)
class BadgeController {

  private final ProgramStore store;
  private final Listings listings;
  private final Clock clock;

  BadgeController(ProgramStore store, Listings listings, Clock clock) {
    this.store = store;
    this.listings = listings;
    this.clock = clock;
  }

  @Get(uri = "/{file}", produces = "image/svg+xml")
  HttpResponse<byte[]> badge(HttpRequest<?> request, String file) {
    String slug = file.endsWith(".svg") ? file.substring(0, file.length() - 4) : "";
    if (!Slugs.isValid(slug)) {
      throw ApiException.notFound("Badges are /badge/{slug}.svg.");
    }
    Instant at = Conditional.windowStart(clock.instant());
    String etag = Conditional.etag("badge", listings.generation(), at, Map.of(), slug);
    var cached = Conditional.notModified(request, etag);
    if (cached.isPresent()) {
      return cached.get();
    }
    Program p = store.find(slug).map(s -> s.program())
        .orElseThrow(() -> ApiException.notFound("No program has the identifier '" + slug + "'."));
    ProgramStatus status = p.statusAt(at);
    String label = shortName(p) + status.cycle().map(c -> " " + c).orElse("");
    String svg = svg(label, status.describe(at), status.kind().key());
    return Conditional.cacheable(HttpResponse.ok(svg.getBytes(StandardCharsets.UTF_8)).contentType("image/svg+xml"),
        etag);
  }

  /** The shortest of the name and its aliases that is still a word or two ("GSoC"). */
  static String shortName(Program p) {
    return Stream.concat(Stream.of(p.name()), p.aliases().stream().filter(a -> a.length() >= 3))
        .min(Comparator.comparingInt(String::length)).orElse(p.name());
  }

  static String svg(String label, String status, String key) {
    int left = width(label);
    int right = width(status);
    String colour = switch (key) {
      case "open", "rolling" -> "#106b32";
      case "upcoming" -> "#1747a6";
      case "expected" -> "#6b5a10";
      default -> "#5b6475";
    };
    String text = escape(label) + " · " + escape(status);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + (left + right) + "\" height=\"20\" role=\"img\""
        + " aria-label=\"" + text + "\"><title>" + text + "</title>"
        + "<rect width=\"" + left + "\" height=\"20\" fill=\"#3a4252\"/>"
        + "<rect x=\"" + left + "\" width=\"" + right + "\" height=\"20\" fill=\"" + colour + "\"/>"
        + "<g fill=\"#fff\" font-family=\"Verdana,DejaVu Sans,sans-serif\" font-size=\"11\">"
        + "<text x=\"6\" y=\"14\">" + escape(label) + "</text>"
        + "<text x=\"" + (left + 6) + "\" y=\"14\">" + escape(status) + "</text></g></svg>";
  }

  /** About 7 pixels a character of 11-pixel Verdana, plus the margins. */
  private static int width(String text) {
    return 12 + (int) Math.ceil(text.codePointCount(0, text.length()) * 7.0);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
