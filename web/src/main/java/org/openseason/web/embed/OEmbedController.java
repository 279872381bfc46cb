package org.openseason.web.embed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openseason.api.system.ApiException;
import org.openseason.api.system.Problem.InvalidParam;
import org.openseason.api.system.SiteAddress;
import org.openseason.domain.Slugs;

/**
 * {@code GET /oembed?url=...&format=json}: the oEmbed provider (type {@code rich}). A search page, a program page
 * or an embed URL of this site becomes the iframe embed of the same listing, which is all WordPress keeps of a
 * provider it does not know, and what Ghost shows in an embed card.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class OEmbedController {

  private static final int WIDTH = 600;

  private final EmbedService embeds;
  private final SiteAddress site;
  private final Clock clock;

  OEmbedController(EmbedService embeds, SiteAddress site, Clock clock) {
    this.embeds = embeds;
    this.site = site;
    this.clock = clock;
  }

  /**
   * The oEmbed answer.
   *
   * @param version always 1.0
   * @param type always rich
   * @param providerName OpenSeason
   * @param providerUrl the site
   * @param title what the embed shows
   * @param html one iframe
   * @param width its width
   * @param height its height
   * @param cacheAge how long consumers may keep it, in seconds
   */
  @Serdeable
  record OEmbed(String version, String type,
      @com.fasterxml.jackson.annotation.JsonProperty("provider_name") String providerName,
      @com.fasterxml.jackson.annotation.JsonProperty("provider_url") String providerUrl,
      String title, String html, int width, int height,
      @com.fasterxml.jackson.annotation.JsonProperty("cache_age") int cacheAge) {}

  @Get(uri = "/oembed", produces = "application/json")
  OEmbed oembed(HttpRequest<?> request, @Nullable @QueryValue String url, @Nullable @QueryValue String format,
      @Nullable @QueryValue Integer maxwidth, @Nullable @QueryValue Integer maxheight) {
    if (format != null && format.equals("xml")) {
      throw new ApiException(501, "Not Implemented", "Only format=json is provided.", List.of());
    }
    if (format != null && !format.equals("json")) {
      throw ApiException.badParameters(List.of(new InvalidParam("format", "is not json")));
    }
    if (url == null || url.isBlank()) {
      throw ApiException.badParameters(List.of(new InvalidParam("url", "is required")));
    }
    String base = site.of(request);
    Map<String, List<String>> params = embedParams(url.strip(), base);
    if (maxheight != null) {
      fit(params, maxheight);
    }
    EmbedService.Request embed = embeds.request("oembed", params, clock.instant(), base);
    EmbedOptions options = embed.options();
    int width = maxwidth == null ? WIDTH : Math.max(200, Math.min(WIDTH, maxwidth));
    String title = options.title().isEmpty() ? "Open-source programs on OpenSeason" : options.title();
    return new OEmbed("1.0", "rich", "OpenSeason", base + "/", title, Snippets.iframe(base, options, width, title),
        width, options.height(), org.openseason.api.system.Conditional.WINDOW_SECONDS);
  }

  /** Fewer programs until the embed fits the height the consumer allows. */
  private static void fit(Map<String, List<String>> params, int maxheight) {
    EmbedOptions options = EmbedOptions.parse(params);
    int max = options.max();
    while (max > 1 && new EmbedOptions(options.layout(), options.theme(), max, options.title(), Map.of()).height()
        > maxheight) {
      max--;
    }
    params.put("max", List.of(String.valueOf(max)));
  }

  /** The embed parameters an OpenSeason URL stands for; 404 for any other URL. */
  private static Map<String, List<String>> embedParams(String url, String base) {
    URI uri;
    URI site;
    try {
      uri = new URI(url);
      site = new URI(base);
    } catch (URISyntaxException e) {
      throw ApiException.badParameters(List.of(new InvalidParam("url", "is not a URL")));
    }
    if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(site.getHost()) || uri.getPort() != site.getPort()
        || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
      throw ApiException.notFound("Only OpenSeason pages have an embed here.");
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    Map<String, List<String>> params;
    try {
      params = decode(uri.getRawQuery());
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameters(List.of(new InvalidParam("url", "has a badly encoded query")));
    }
    params.remove("page");
    if (path.equals("/") || path.equals("/embed/programs")) {
      return params;
    }
    if (path.startsWith("/programs/") && Slugs.isValid(path.substring("/programs/".length()))) {
      Map<String, List<String>> one = new LinkedHashMap<>();
      one.put("program", List.of(path.substring("/programs/".length())));
      one.put("max", List.of("1"));
      one.put("layout", List.of("cards"));
      return one;
    }
    throw ApiException.notFound("This page has no embed: search pages and program pages do.");
  }

  private static Map<String, List<String>> decode(String query) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (query == null || query.isEmpty()) {
      return params;
    }
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return params;
  }
}
