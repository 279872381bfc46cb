package org.openseason.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every state-changing route of the web pages (every POST, PUT, PATCH and DELETE outside {@code /api/}, as the
 * router knows them, so a form added later is checked too) refuses a request without a CSRF token, even from a
 * signed-in administrator's browser with all its cookies.
 */
class CsrfRoutesIT {

  private static final Set<HttpMethod> UNSAFE = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
      HttpMethod.DELETE);

  @Test
  void everyStateChangingPageRouteRefusesARequestWithoutACsrfToken() throws Exception {
    try (TestApp app = new TestApp()) {
      app.createAccount("ada", "correct horse battery staple");
      TestApp.Browser signedIn = app.login("ada", "correct horse battery staple");
      TestApp.Browser anonymous = app.browser();
      anonymous.get("/", "text/html");
      List<UriRouteInfo<?, ?>> routes = app.bean(Router.class).uriRoutes()
          .filter(r -> UNSAFE.contains(r.getHttpMethod()))
          .filter(r -> !r.getUriMatchTemplate().toString().startsWith("/api/"))
          .collect(Collectors.toList());

      assertThat(routes).extracting(r -> r.getUriMatchTemplate().toString())
          .contains("/login", "/logout", "/admin/tokens", "/admin/tokens/{id}/revoke");
      for (UriRouteInfo<?, ?> route : routes) {
        String path = route.getUriMatchTemplate().toString().replaceAll("\\{\\?[^}]*}", "")
            .replaceAll("\\{[^}]+}", "1");
        String what = route.getHttpMethodName() + " " + path;
        assertThat(send(app, signedIn, route, path).statusCode()).as(what + " signed in").isEqualTo(403);
        assertThat(send(app, anonymous, route, path).statusCode()).as(what + " anonymous").isIn(401, 403);
      }
      assertThat(signedIn.get("/admin", "text/html").statusCode()).as("/logout without a token kept the session")
          .isEqualTo(200);
    }
  }

  private static HttpResponse<String> send(TestApp app, TestApp.Browser browser, UriRouteInfo<?, ?> route,
      String path) throws Exception {
    MediaType type = route.getConsumes().isEmpty() || route.doesConsume(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
        ? MediaType.APPLICATION_FORM_URLENCODED_TYPE : route.getConsumes().get(0);
    String body = type.equals(MediaType.APPLICATION_JSON_TYPE) ? "{\"x\":\"1\"}" : "x=1";
    HttpRequest request = HttpRequest.newBuilder(URI.create(app.base() + path))
        .method(route.getHttpMethodName(), HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", type.toString())
        .header("Accept", "text/html")
        .header("Cookie", browser.cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("; ")))
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }
}
