package org.openseason.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code openseason selfcheck}: starts the whole application on a free port with a temporary data folder, asks
 * the API and the home page once, and stops. It proves an installation works, and its run trains the class-data
 * archive that makes later starts fast.
 */
final class SelfCheck {

  private SelfCheck() {}

  static int run(PrintStream out, PrintStream err) {
    Path data = null;
    try {
      data = Files.createTempDirectory("openseason-selfcheck");
      Map<String, Object> properties =
          Map.of("micronaut.server.port", -1, "openseason.data-dir", data.toAbsolutePath().toString());
      try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        server.start();
        HttpClient client = HttpClient.newHttpClient();
        String api = get(client, server.getURI().resolve("/api/v1/programs?q=mentorship"));
        String page = get(client, server.getURI().resolve("/?q=mentorship"));
        if (!api.contains("\"total\"") || !page.contains("<h1")) {
          err.println("selfcheck: the answers were not what a search returns");
          return 1;
        }
        server.stop();
      }
      out.println("selfcheck: ok");
      return 0;
    } catch (IOException | RuntimeException e) {
      err.println("selfcheck: failed: " + StartupFailure.explain(e));
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } finally {
      delete(data);
    }
  }

  private static String get(HttpClient client, URI uri) throws IOException, InterruptedException {
    HttpResponse<String> response =
        client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(uri + " answered " + response.statusCode());
    }
    return response.body();
  }

  private static void delete(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // A temporary folder left behind is harmless; the system cleans it.
    }
  }
}
