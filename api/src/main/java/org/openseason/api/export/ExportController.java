package org.openseason.api.export;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openseason.api.program.ProgramStore;
import org.openseason.api.search.Listings;
import org.openseason.api.system.Conditional;
import org.openseason.api.system.SiteAddress;
import org.openseason.domain.Program;
import org.openseason.listing.ListingCodec;

/**
 * {@code GET /export/programs.json} and {@code GET /export/programs.csv}: every listing, with the licence the data
 * is published under ({@code openseason.export.licence}) in the document and in a {@code Link: rel="license"}
 * header. Both are read in batches from the database, the source of truth.
 */
@Controller("/export")
@ExecuteOn(TaskExecutors.BLOCKING)
class ExportController {

  private final ProgramStore store;
  private final Listings listings;
  private final JsonMapper json;
  private final SiteAddress site;
  private final Clock clock;
  private final String licence;
  private final String licenceUrl;

  ExportController(ProgramStore store, Listings listings, JsonMapper json, SiteAddress site, Clock clock,
      @Value("${openseason.export.licence:CC0-1.0}") String licence,
      @Value("${openseason.export.licence-url:https://creativecommons.org/publicdomain/zero/1.0/}") String licenceUrl) {
    this.store = store;
    this.listings = listings;
    this.json = json;
    this.site = site;
    this.clock = clock;
    this.licence = licence;
    this.licenceUrl = licenceUrl;
  }

  @Get(uri = "/programs.json", produces = "application/json")
  HttpResponse<byte[]> json(HttpRequest<?> request) {
    Instant at = Conditional.windowStart(clock.instant());
    String etag = Conditional.etag("export-json", listings.generation(), at, Map.of(), site.of(request), licence);
    var cached = Conditional.notModified(request, etag);
    if (cached.isPresent()) {
      return cached.get();
    }
    List<Map<String, Object>> programs = new java.util.ArrayList<>();
    store.forEachBatch(1_000, batch -> batch.forEach(p -> programs.add(ListingCodec.encode(p))));
    Map<String, Object> export = new LinkedHashMap<>();
    export.put("licence", Map.of("id", licence, "url", licenceUrl));
    export.put("source", site.of(request) + "/");
    export.put("format", "the listing format of docs/catalog.md, one object a program");
    export.put("generated", at.toString());
    export.put("programs", programs);
    try {
      return answer(HttpResponse.ok(json.writeValueAsBytes(export)), "application/json", etag, "programs.json");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export", e);
    }
  }

  @Get(uri = "/programs.csv", produces = "text/csv")
  HttpResponse<byte[]> csv(HttpRequest<?> request) {
    Instant at = Conditional.windowStart(clock.instant());
    String etag = Conditional.etag("export-csv", listings.generation(), at, Map.of(), site.of(request), licence);
    var cached = Conditional.notModified(request, etag);
    if (cached.isPresent()) {
      return cached.get();
    }
    String base = site.of(request);
    StringBuilder out = new StringBuilder(Csv.HEADER).append("\r\n");
    store.forEachBatch(1_000, batch -> batch.forEach(p -> out.append(Csv.row(p, base, at)).append("\r\n")));
    return answer(HttpResponse.ok(out.toString().getBytes(StandardCharsets.UTF_8)),
        "text/csv;charset=utf-8;header=present", etag, "programs.csv");
  }

  private MutableHttpResponse<byte[]> answer(MutableHttpResponse<byte[]> response, String type, String etag,
      String filename) {
    response.contentType(type)
        .header("Link", "<" + licenceUrl + ">; rel=\"license\"")
        .header("Content-Disposition", "attachment; filename=\"openseason-" + filename + "\"");
    return Conditional.cacheable(response, etag);
  }

  /** One row a program; text that a spreadsheet would run as a formula is quoted as text. */
  static final class Csv {

    static final String HEADER = "slug,name,organizer,kind,lifecycle,homepage,page,status,status_text,round,"
        + "dates_expected,next_deadline,interests,compensation,currency,min,max,code_of_conduct,rules,verified";

    private Csv() {}

    static String row(Program p, String base, Instant now) {
      var status = p.statusAt(now);
      var amount = p.compensation().amount();
      return String.join(",", List.of(
          cell(p.slug()), cell(p.name()), cell(p.organizer()), cell(p.kind().key()), cell(p.lifecycle().key()),
          cell(p.homepage().toString()), cell(base + "/programs/" + p.slug()), cell(status.kind().key()),
          cell(status.describe(now)), cell(status.cycle().orElse("")), cell(String.valueOf(status.expected())),
          cell(status.nextDeadline(now).map(Instant::toString).orElse("")), cell(String.join(" ", p.interests())),
          cell(p.compensation().kind().key()), cell(amount.map(m -> m.currency()).orElse("")),
          cell(amount.map(m -> String.valueOf(m.min())).orElse("")),
          cell(amount.map(m -> String.valueOf(m.max())).orElse("")),
          cell(p.codeOfConduct().map(Object::toString).orElse("")), cell(p.rules().map(Object::toString).orElse("")),
          cell(p.provenance().verified().toString())));
    }

    /** RFC 4180 quoting; a leading =, +, -, @ or tab would make a spreadsheet run the cell, so it gets a '. */
    static String cell(String value) {
      String v = value;
      if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
        v = "'" + v;
      }
      if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(value)) {
        return "\"" + v.replace("\"", "\"\"") + "\"";
      }
      return v;
    }
  }
}
