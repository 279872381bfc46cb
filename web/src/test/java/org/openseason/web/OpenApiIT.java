package org.openseason.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openseason.domain.Keyed;
import org.openseason.domain.ProgramKind;
import org.openseason.domain.StatusKind;

/** The documented API is the API: every documented path answers, enumerations match the code; and the export. */
class OpenApiIT {

  private static TestApp app;

  @BeforeAll
  static void start() {
    app = new TestApp();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> document() throws Exception {
    HttpResponse<String> response = app.get("/openapi.json", "application/json");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("access-control-allow-origin")).contains("*");
    return app.bean(JsonMapper.class).readValue(response.body(), Map.class);
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyDocumentedPathAnswers() throws Exception {
    Map<String, Object> paths = (Map<String, Object>) document().get("paths");
    assertThat(paths).containsKeys("/api/v1/programs", "/calendar/programs.ics", "/feeds/programs.atom",
        "/embed/programs", "/oembed", "/badge/{file}", "/export/programs.csv", "/api/v1/submissions");
    for (String path : paths.keySet()) {
      if (!((Map<String, Object>) paths.get(path)).containsKey("get") || path.contains("{token}")) {
        continue; // a write (POST) or a private link: their answers are tested where they are built
      }
      String url = path.replace("{slug}", "outreachy")
          .replace("/calendar/programs/{file}", "/calendar/programs/outreachy.ics")
          .replace("{file}", "outreachy.svg");
      if (url.equals("/oembed")) {
        url += "?url=" + URLEncoder.encode(app.base() + "/", StandardCharsets.UTF_8);
      }
      assertThat(app.get(url, "*/*").statusCode()).as(url).isEqualTo(200);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void documentedValuesAreTheValuesTheCodeAccepts() throws Exception {
    List<Object> parameters = (List<Object>) ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
        document().get("paths")).get("/api/v1/programs")).get("get")).get("parameters");

    assertThat(values(parameters, "kind")).isEqualTo(keys(ProgramKind.class));
    assertThat(values(parameters, "status")).isEqualTo(keys(StatusKind.class));
  }

  @SuppressWarnings("unchecked")
  private static List<Object> values(List<Object> parameters, String name) {
    for (Object p : parameters) {
      Map<String, Object> param = (Map<String, Object>) p;
      if (name.equals(param.get("name"))) {
        return (List<Object>) ((Map<String, Object>) ((Map<String, Object>) param.get("schema")).get("items")).get("enum");
      }
    }
    throw new AssertionError(name + " is not documented");
  }

  private static <E extends Enum<E> & Keyed> List<Object> keys(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Keyed::key).map(k -> (Object) k).toList();
  }

  @Test
  void theBrowsableApiPageListsEveryOperation() throws Exception {
    String page = app.get("/api", "text/html").body();

    assertThat(page).contains("<code>GET /api/v1/programs</code>", "<code>GET /calendar/programs.ics</code>",
        "href=\"/openapi.yml\"", "one of open, rolling, upcoming, expected, in-progress, tba, closed");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theJsonExportHasEveryListingAndItsLicence() throws Exception {
    HttpResponse<String> response = app.get("/export/programs.json", "application/json");
    Map<String, Object> export = app.bean(JsonMapper.class).readValue(response.body(), Map.class);

    assertThat(response.headers().firstValue("link")).hasValueSatisfying(v -> assertThat(v).contains("rel=\"license\""));
    assertThat((Map<String, Object>) export.get("licence")).containsEntry("id", "CC0-1.0");
    assertThat((List<Object>) export.get("programs")).hasSizeGreaterThan(40);
  }

  @Test
  void theCsvExportHasOneRowAProgramAndNoFormulas() throws Exception {
    HttpResponse<String> response = app.get("/export/programs.csv", "text/csv");
    List<String> lines = response.body().lines().toList();

    assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(lines.get(0)).startsWith("slug,name,organizer,kind,");
    assertThat(lines).hasSizeGreaterThan(40).anySatisfy(l -> assertThat(l).startsWith("outreachy,Outreachy,"));
    assertThat(lines.stream().skip(1)).noneMatch(l -> l.matches("^[=+@].*") || l.contains(",=") || l.contains(",+"));
  }
}
