package org.openseason.api.openapi;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The OpenAPI document of {@code src/main/resources/openapi/openseason.yml}, written by hand next to the code it
 * describes (the controllers read their query strings themselves, so generated documents would say little);
 * {@code OpenApiTest} holds it to the routes and the values the code accepts.
 */
@Singleton
public final class OpenApiDocument {

  static final String RESOURCE = "openapi/openseason.yml";

  private final byte[] yaml;
  private final Map<String, Object> document;

  OpenApiDocument() {
    try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing");
      }
      yaml = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    document = new Yaml(new SafeConstructor(options)).load(new String(yaml, StandardCharsets.UTF_8));
  }

  public byte[] yaml() {
    return yaml.clone();
  }

  public Map<String, Object> document() {
    return document;
  }

  /**
   * One operation, as the browsable page lists it.
   *
   * @param method GET
   * @param path its path
   * @param summary what it does
   * @param description more, or empty
   * @param parameters its parameters: name, where, and what it takes
   */
  public record Operation(String method, String path, String summary, String description, List<Parameter> parameters) {}

  /**
   * A parameter of an operation.
   *
   * @param name its name
   * @param in query or path
   * @param takes its values in words
   */
  public record Parameter(String name, String in, String takes) {}

  @SuppressWarnings("unchecked")
  public List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    Map<String, Object> paths = (Map<String, Object>) document.get("paths");
    paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, op) -> {
      Map<String, Object> o = (Map<String, Object>) op;
      List<Parameter> params = new ArrayList<>();
      for (Object p : (List<Object>) o.getOrDefault("parameters", List.of())) {
        Map<String, Object> param = resolve((Map<String, Object>) p);
        params.add(new Parameter(String.valueOf(param.get("name")), String.valueOf(param.get("in")), takes(param)));
      }
      operations.add(new Operation(method.toUpperCase(java.util.Locale.ROOT), path,
          String.valueOf(o.getOrDefault("summary", "")), String.valueOf(o.getOrDefault("description", "")), params));
    }));
    return operations;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> resolve(Map<String, Object> param) {
    Object ref = param.get("$ref");
    if (ref == null) {
      return param;
    }
    String name = String.valueOf(ref).substring(String.valueOf(ref).lastIndexOf('/') + 1);
    return (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) document.get("components"))
        .get("parameters")).get(name);
  }

  @SuppressWarnings("unchecked")
  private static String takes(Map<String, Object> param) {
    Map<String, Object> schema = (Map<String, Object>) param.getOrDefault("schema", Map.of());
    boolean many = "array".equals(schema.get("type"));
    Map<String, Object> item = many ? (Map<String, Object>) schema.getOrDefault("items", Map.of()) : schema;
    StringBuilder out = new StringBuilder();
    if (item.containsKey("enum")) {
      out.append("one of ").append(String.join(", ", ((List<Object>) item.get("enum")).stream().map(String::valueOf).toList()));
    } else {
      out.append(item.getOrDefault("format", item.getOrDefault("type", "text")));
    }
    if (many) {
      out.append(" (repeat for several)");
    }
    if (Boolean.TRUE.equals(param.get("required"))) {
      out.append(", required");
    }
    Object description = param.get("description");
    if (description != null) {
      out.append(": ").append(description);
    }
    return out.toString();
  }
}
