package org.openseason.api.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Builds every error answer in one place: problem details (RFC 9457) for the API and for clients that do not ask
 * for HTML, an HTML page for browsers on the web pages. Server errors never carry internal details.
 */
@Singleton
public final class ErrorResponses {

  private final Optional<ErrorPage> pages;

  ErrorResponses(Optional<ErrorPage> pages) {
    this.pages = pages;
  }

  public MutableHttpResponse<?> of(
      HttpRequest<?> request, MutableHttpResponse<?> response, String detail, List<Problem.InvalidParam> params) {
    int status = response.code();
    String title = title(status);
    String safeDetail = status >= 500 ? "Something went wrong on our side; it has been logged." : detail;
    if (pages.isPresent() && wantsHtml(request)) {
      return response
          .body(pages.get().render(status, title, safeDetail))
          .contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8");
    }
    Problem problem = new Problem("about:blank", title, status, safeDetail, request.getPath(), params);
    return response.body(problem).contentType(Problem.MEDIA_TYPE);
  }

  static String title(int status) {
    try {
      return HttpStatus.valueOf(status).getReason();
    } catch (IllegalArgumentException unknown) {
      return "Error";
    }
  }

  /**
   * Pages outside the API go to people: they get HTML when their browser accepts it. Feeds, calendars, oEmbed and
   * badges go to programs, which get problem details.
   */
  static boolean wantsHtml(HttpRequest<?> request) {
    String path = request.getPath();
    if (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/health")
        || (OpenCors.isPublicListing(path) && !path.equals("/embed/programs"))) {
      return false;
    }
    return request.accept().stream().anyMatch(m -> m.matches(MediaType.TEXT_HTML_TYPE));
  }
}
