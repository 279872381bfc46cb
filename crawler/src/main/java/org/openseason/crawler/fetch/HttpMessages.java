package org.openseason.crawler.fetch;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLException;
import org.openseason.crawler.guard.HostPort;

/**
 * Reads one HTTP/1.x response (status line, headers, framed and encoded body) into a {@link FetchResult}: the same
 * code whether the bytes come from a socket ({@link HttpFetcher}) or from a web archive, so a replayed response is
 * judged exactly as a live one.
 */
public final class HttpMessages {

  private HttpMessages() {}

  /**
   * Reads the response to {@code request} from {@code in}, as if it had arrived {@code at}.
   *
   * @return {@link Fetched}, {@link NotModified}, {@link Redirected} or {@link Failed}; never throws
   */
  public static FetchResult parse(FetchRequest request, InputStream in, Instant at) {
    try {
      return read(request, in, at);
    } catch (FetchFailure | IOException e) {
      return failure(request.uri(), e);
    }
  }

  static FetchResult read(FetchRequest request, InputStream in, Instant at) throws IOException, FetchFailure {
    ResponseHead head = ResponseHead.read(in);
    while (head.status() >= 100 && head.status() < 200) {
      head = ResponseHead.read(in);
    }
    return answer(request, head, in, at);
  }

  /** The classified failure for what reading an exchange threw. */
  static Failed failure(URI uri, Exception thrown) {
    if (thrown instanceof FetchFailure e) {
      return Failed.of(uri, e.reason(), e.getMessage());
    }
    if (thrown instanceof SocketTimeoutException e) {
      return Failed.of(uri, FailureReason.TIMEOUT, "no answer within the timeout (" + e.getMessage() + ")");
    }
    if (thrown instanceof SSLException e) {
      return Failed.of(uri, FailureReason.TLS, "TLS failed: " + e.getMessage());
    }
    if (thrown instanceof ConnectException) {
      return Failed.of(uri, FailureReason.CONNECTION_REFUSED, HostPort.of(uri) + " refused the connection");
    }
    if (thrown instanceof ChunkedInputStream.ChunkFormatException e) {
      return Failed.of(uri, FailureReason.MALFORMED_RESPONSE, e.getMessage());
    }
    if (thrown instanceof EOFException e) {
      return Failed.of(uri, FailureReason.TRUNCATED, "the body ended early: " + e.getMessage());
    }
    if (thrown instanceof NoRouteToHostException) {
      return Failed.of(uri, FailureReason.CONNECTION_FAILED, "no route to " + HostPort.of(uri));
    }
    return Failed.of(uri, FailureReason.CONNECTION_FAILED, thrown.getClass().getSimpleName() + ": "
        + thrown.getMessage());
  }

  private static FetchResult answer(FetchRequest request, ResponseHead head, InputStream in, Instant now)
      throws IOException, FetchFailure {
    URI uri = request.uri();
    int status = head.status();
    if (status >= 200 && status < 300) {
      Optional<String> contentType = head.header("content-type");
      BodyReader.Body body = status == 204 ? new BodyReader.Body(new byte[0], false)
          : BodyReader.read(in, head, request);
      Optional<String> mediaType = contentType.map(t -> t.split(";", 2)[0].strip()).filter(t -> !t.isEmpty());
      if (!MediaTypes.isReadable(mediaType, body.bytes())) {
        return new Failed(uri, FailureReason.BAD_CONTENT_TYPE, "'" + contentType.orElse("no type")
            + "' is not a page, a Markdown file or a feed", Optional.of(status), Optional.empty());
      }
      Validators validators = new Validators(head.header("etag"), head.header("last-modified"));
      return new Fetched(uri, status, contentType, body.bytes(), validators, List.of(), now, body.truncated());
    }
    if (status == 304) {
      if (request.validators().isEmpty()) {
        return new Failed(uri, FailureReason.UNEXPECTED_NOT_MODIFIED,
            "304 Not Modified answered a request without If-None-Match or If-Modified-Since",
            Optional.of(status), Optional.empty());
      }
      Validators sent = request.validators();
      Validators fresh = new Validators(head.header("etag").or(sent::etag),
          head.header("last-modified").or(sent::lastModified));
      return new NotModified(uri, fresh, now);
    }
    if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
      Optional<URI> location = head.header("location").flatMap(l -> Locations.resolve(uri, l));
      return location.<FetchResult>map(l -> new Redirected(uri, status, l))
          .orElseGet(() -> new Failed(uri, FailureReason.BAD_REDIRECT, status + " without a usable Location",
              Optional.of(status), Optional.empty()));
    }
    Optional<Duration> retryAfter = RetryAfter.parse(head.header("retry-after"), now);
    if (status == 429) {
      return new Failed(uri, FailureReason.RATE_LIMITED, "429 Too Many Requests", Optional.of(status), retryAfter);
    }
    if (status >= 500 && status < 600) {
      return new Failed(uri, FailureReason.HTTP_5XX, "server error " + status, Optional.of(status),
          status == 503 ? retryAfter : Optional.empty());
    }
    if (status >= 400 && status < 500) {
      return new Failed(uri, FailureReason.HTTP_4XX, "client error " + status, Optional.of(status), Optional.empty());
    }
    if (status >= 300 && status < 400) {
      return new Failed(uri, FailureReason.BAD_REDIRECT, status + " is not a redirect the crawler follows",
          Optional.of(status), Optional.empty());
    }
    return new Failed(uri, FailureReason.MALFORMED_RESPONSE, "unknown status " + status, Optional.of(status),
        Optional.empty());
  }

}
