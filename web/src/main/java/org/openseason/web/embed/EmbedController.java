package org.openseason.web.embed;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.openseason.api.system.Conditional;
import org.openseason.api.system.SiteAddress;

/**
 * {@code /embed/programs?<search>}: the iframe embed (any site may frame it); {@code /embed/programs.html}: the
 * same listing as a fragment for {@code embed.js}. Both answer 304 to a conditional request before any search.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class EmbedController {

  static final String HTML = "text/html;charset=utf-8";
  static final byte[] SCRIPT = resource("public/embed.js");
  private static final String SCRIPT_TAG = "\"" + Integer.toHexString(java.util.Arrays.hashCode(SCRIPT)) + "\"";

  private final EmbedService embeds;
  private final EmbedTemplates templates;
  private final SiteAddress site;
  private final Clock clock;
  private final org.openseason.api.system.KeptListings kept;
  private final org.openseason.api.search.Listings listings;

  EmbedController(EmbedService embeds, EmbedTemplates templates, SiteAddress site, Clock clock,
      org.openseason.api.system.KeptListings kept, org.openseason.api.search.Listings listings) {
    this.kept = kept;
    this.listings = listings;
    this.embeds = embeds;
    this.templates = templates;
    this.site = site;
    this.clock = clock;
  }

  @Get(uri = "/embed/programs", produces = HTML)
  HttpResponse<byte[]> frame(HttpRequest<?> request) {
    return answer(request, "embed-frame", "embed/frame.jte");
  }

  @Get(uri = "/embed/programs.html", produces = HTML)
  HttpResponse<byte[]> fragment(HttpRequest<?> request) {
    return answer(request, "embed-fragment", "embed/listing.jte");
  }

  /** The script embed, from this origin only, cached like any static file. */
  @Get(uri = "/embed.js", produces = "text/javascript;charset=utf-8")
  HttpResponse<byte[]> script(HttpRequest<?> request) {
    var cached = Conditional.notModified(request, SCRIPT_TAG);
    if (cached.isPresent()) {
      return cached.get();
    }
    return Conditional.cacheable(HttpResponse.ok(SCRIPT).contentType("text/javascript;charset=utf-8"), SCRIPT_TAG);
  }

  private HttpResponse<byte[]> answer(HttpRequest<?> request, String what, String template) {
    String base = site.of(request);
    EmbedService.Request embed = embeds.request(what, request.getParameters().asMap(), clock.instant(), base);
    var cached = Conditional.notModified(request, embed.etag());
    if (cached.isPresent()) {
      return cached.get();
    }
    byte[] body = kept.get(listings.generation(), embed.etag(), () ->
        templates.render(template, Map.of("view", embeds.view(embed, base))).getBytes(StandardCharsets.UTF_8));
    MutableHttpResponse<byte[]> response = HttpResponse.ok(body).contentType(HTML);
    return Conditional.cacheable(response, embed.etag());
  }

  static byte[] resource(String path) {
    try (var in = EmbedController.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
