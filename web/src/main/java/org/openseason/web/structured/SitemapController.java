package org.openseason.web.structured;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.nio.charset.StandardCharsets;
import org.openseason.api.program.ProgramStore;
import org.openseason.api.system.SiteAddress;

/** {@code GET /sitemap.xml}: the home page and every program page; {@code GET /robots.txt} points to it. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class SitemapController {

  private final ProgramStore store;
  private final SiteAddress site;

  SitemapController(ProgramStore store, SiteAddress site) {
    this.store = store;
    this.site = site;
  }

  @Get(uri = "/sitemap.xml", produces = "application/xml;charset=utf-8")
  HttpResponse<byte[]> sitemap(HttpRequest<?> request) {
    String base = site.of(request);
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    url(xml, base + "/", null);
    url(xml, base + "/embed", null);
    store.forEachBatch(1_000, batch -> batch.forEach(p ->
        url(xml, base + "/programs/" + p.slug(), p.provenance().verified().toString())));
    xml.append("</urlset>\n");
    return HttpResponse.ok(xml.toString().getBytes(StandardCharsets.UTF_8))
        .contentType("application/xml;charset=utf-8");
  }

  @Get(uri = "/robots.txt", produces = "text/plain;charset=utf-8")
  String robots(HttpRequest<?> request) {
    return "User-agent: *\nDisallow: /admin\nDisallow: /api/v1/admin/\nSitemap: " + site.of(request) + "/sitemap.xml\n";
  }

  private static void url(StringBuilder xml, String loc, String lastmod) {
    xml.append("  <url><loc>").append(escape(loc)).append("</loc>");
    if (lastmod != null) {
      xml.append("<lastmod>").append(escape(lastmod)).append("</lastmod>");
    }
    xml.append("</url>\n");
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
