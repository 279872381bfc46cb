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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openseason.api.account.Accounts;
import org.openseason.api.account.ApiTokens;

/** The whole application on a free loopback port with its own embedded database, for web tests. */
final class TestApp implements AutoCloseable {

  /** The administrator that {@link #getAsAdmin} signs in as, made when first needed. */
  static final String ADMIN = "web-tests-admin";
  static final String ADMIN_PASSWORD = "a password for the web tests only";
  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private final Path data;
  private final EmbeddedServer server;
  private final HttpClient client = HttpClient.newHttpClient();
  private Browser admin;

  TestApp() {
    this(Map.of());
  }

  /** With more configuration, or another instance's database ({@code datasources.default.url}, ...). */
  TestApp(Map<String, Object> extra) {
    try {
      data = Files.createTempDirectory("openseason-web");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Object> properties = new HashMap<>(Map.of("micronaut.server.port", -1, "openseason.data-dir",
        data.toString()));
    properties.putAll(extra);
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

  /** A GET signed in as the administrator {@link #ADMIN} (a session cookie from the sign-in form). */
  HttpResponse<String> getAsAdmin(String path, String accept) throws IOException, InterruptedException {
    if (admin == null) {
      if (bean(Accounts.class).find(ADMIN).isEmpty()) {
        createAccount(ADMIN, ADMIN_PASSWORD);
      }
      admin = login(ADMIN, ADMIN_PASSWORD);
    }
    return admin.get(path, accept);
  }

  /** Makes an administrator account, as {@code openseason admin create} does. */
  void createAccount(String name, String password) {
    bean(Accounts.class).create(name, password);
  }

  /** A new API token of an account, as {@code openseason admin token} prints it. */
  String apiToken(String name, String label) {
    return bean(ApiTokens.class).create(name, label).token();
  }

  /** A fresh browser (no cookies yet). */
  Browser browser() {
    return new Browser(new LinkedHashMap<>());
  }

  /** Signs in through the form (GET /login for the token, POST /login), as a browser does; fails unless it works. */
  Browser login(String name, String password) throws IOException, InterruptedException {
    Browser browser = browser();
    HttpResponse<String> signedIn = browser.submit("/login", "/login",
        Map.of("name", name, "password", password, "next", "/admin"));
    if (signedIn.statusCode() != 303 || !browser.cookies.containsKey("os_session")) {
      throw new AssertionError("sign-in failed: " + signedIn.statusCode() + " " + signedIn.body());
    }
    return browser;
  }

  /** The CSRF token of the first form of a page. */
  static String csrfOf(String html) {
    Matcher m = CSRF_FIELD.matcher(html);
    if (!m.find()) {
      throw new AssertionError("no CSRF field in " + html);
    }
    return m.group(1);
  }

  /** A browser of the tests: keeps the cookies the server sets, sends them back, never follows redirects. */
  final class Browser {

    final Map<String, String> cookies;

    private Browser(Map<String, String> cookies) {
      this.cookies = cookies;
    }

    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
      return send(request(path).header("Accept", accept).GET());
    }

    /** POSTs a form as it is (with or without a {@code csrf} field). */
    HttpResponse<String> post(String path, Map<String, String> form, String... headers)
        throws IOException, InterruptedException {
      HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded")
          .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(encode(form)));
      for (int i = 0; i + 1 < headers.length; i += 2) {
        request.header(headers[i], headers[i + 1]);
      }
      return send(request);
    }

    /** Opens a page and sends its form with the page's CSRF token, as a person would. */
    HttpResponse<String> submit(String page, String action, Map<String, String> form, String... headers)
        throws IOException, InterruptedException {
      Map<String, String> fields = new LinkedHashMap<>(form);
      fields.put("csrf", csrfOf(get(page, "text/html").body()));
      return post(action, fields, headers);
    }

    private HttpRequest.Builder request(String path) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
      if (!cookies.isEmpty()) {
        request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("; ")));
      }
      return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      for (String header : response.headers().allValues("set-cookie")) {
        java.net.HttpCookie cookie = java.net.HttpCookie.parse("set-cookie: " + header).get(0);
        if (cookie.getMaxAge() == 0) {
          cookies.remove(cookie.getName());
        } else {
          cookies.put(cookie.getName(), cookie.getValue());
        }
      }
      return response;
    }
  }

  static String encode(Map<String, String> form) {
    return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
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
