package org.openseason.api.openapi;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** {@code GET /openapi.yml} and {@code GET /openapi.json}: the API's OpenAPI document, open to every origin. */
@Controller
class OpenApiController {

  private final OpenApiDocument document;
  private final byte[] json;

  OpenApiController(OpenApiDocument document, JsonMapper mapper) {
    this.document = document;
    try {
      this.json = mapper.writeValueAsBytes(document.document());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Get(uri = "/openapi.yml", produces = "application/yaml")
  HttpResponse<byte[]> yaml() {
    return HttpResponse.ok(document.yaml()).contentType("application/yaml;charset=utf-8")
        .header("Cache-Control", "public, max-age=3600");
  }

  @Get(uri = "/openapi.json", produces = "application/json")
  HttpResponse<byte[]> json() {
    return HttpResponse.ok(json.clone()).contentType("application/json").header("Cache-Control", "public, max-age=3600");
  }
}
