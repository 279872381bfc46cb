package org.openseason.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** The whole application on a free loopback port with its own embedded database, for web tests. */
final class TestApp implements AutoCloseable {

  static final String ADMIN_TOKEN = "admin-token-for-the-web-tests-only";

  private final Path data;
  private final EmbeddedServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  TestApp() {
    this(Map.of());
  }

  /** The application with more settings than the defaults of the web tests. */
  TestApp(Map<String, Object> settings) {
    try {
      data = Files.createTempDirectory("openseason-web");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Object> properties = new java.util.HashMap<>(settings);
    properties.putAll(Map.of("micronaut.server.port", -1, "openseason.data-dir", data.toString(),
        "openseason.admin.token", ADMIN_TOKEN));
    server = ApplicationContext.run(EmbeddedServer.class, properties);
  }

  <T> T bean(Class<T> type) {
    return server.getApplicationContext().getBean(type);
  }

  String base() {
    return "http://localhost:" + server.getPort();
  }

  HttpResponse<String> get(String pathAndQuery, String accept) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).header("Accept", accept).GET().build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** A GET signed in as the administrator (HTTP Basic, user admin, the token as password). */
  HttpResponse<String> getAsAdmin(String path, String accept) throws IOException, InterruptedException {
    String basic = java.util.Base64.getEncoder()
        .encodeToString(("admin:" + ADMIN_TOKEN).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", accept)
        .header("Authorization", "Basic " + basic).GET().build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    server.getApplicationContext().close();
    try (Stream<Path> paths = Files.walk(data)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder left behind does no harm
    }
  }
}
