package org.openseason.crawler.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.openseason.crawler.guard.HostPort;

/**
 * An HTTP server on a loopback address and a free port, one route per path; unknown paths answer 404. It records
 * every request's path and headers so that tests can check what the crawler sent.
 */
public final class FixtureServer implements AutoCloseable {

  /** Answers one request. */
  @FunctionalInterface
  public interface Route {
    void handle(HttpExchange exchange) throws IOException;
  }

  /** A request as the server saw it, and when, on the monotonic clock. */
  public record Received(String path, Map<String, List<String>> headers, long nanos) {
    public String header(String name) {
      List<String> values = headers.get(name);
      return values == null || values.isEmpty() ? null : values.get(0);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());

  private FixtureServer(String address, int threads) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 200);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    executor = threads <= 0 ? Executors.newCachedThreadPool(daemon()) : Executors.newFixedThreadPool(threads, daemon());
    server.setExecutor(executor);
    server.createContext("/", this::dispatch);
    server.start();
  }

  /** A server on 127.0.0.1 with a thread per request. */
  public static FixtureServer start() {
    return new FixtureServer("127.0.0.1", 0);
  }

  /** A server on {@code address} (for example 127.0.0.2) with a fixed number of threads (0 for one per request). */
  public static FixtureServer start(String address, int threads) {
    return new FixtureServer(address, threads);
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return r -> {
      Thread thread = new Thread(r, "fixture-server");
      thread.setDaemon(true);
      return thread;
    };
  }

  public FixtureServer route(String path, Route route) {
    routes.put(path, route);
    return this;
  }

  public URI uri(String path) {
    return URI.create("http://" + hostPort() + path);
  }

  public HostPort hostPort() {
    return new HostPort(server.getAddress().getAddress().getHostAddress(), server.getAddress().getPort());
  }

  public List<Received> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  /** The requests for one path. */
  public List<Received> received(String path) {
    return received().stream().filter(r -> r.path().equals(path)).toList();
  }

  private void dispatch(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    String query = exchange.getRequestURI().getRawQuery();
    received.add(new Received(query == null ? path : path + "?" + query, Map.copyOf(exchange.getRequestHeaders()),
        System.nanoTime()));
    Route route = routes.getOrDefault(query == null ? path : path + "?" + query, routes.get(path));
    try {
      if (route == null) {
        send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
      } else {
        route.handle(exchange);
      }
    } catch (IOException e) {
      // The client hung up (a size limit, a timeout): expected in the bad-input tests.
    } finally {
      exchange.close();
    }
  }

  /** A complete response with a Content-Length. */
  public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  public static Route text(int status, String contentType, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return exchange -> send(exchange, status, contentType, bytes);
  }

  public static Route bytes(int status, String contentType, byte[] body) {
    return exchange -> send(exchange, status, contentType, body);
  }

  public static Route redirect(int status, String location) {
    return exchange -> {
      exchange.getResponseHeaders().set("Location", location);
      exchange.sendResponseHeaders(status, -1);
    };
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
