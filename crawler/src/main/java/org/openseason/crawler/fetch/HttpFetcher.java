package org.openseason.crawler.fetch;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLException;
import org.openseason.crawler.guard.HostPort;

/**
 * One HTTP/1.1 exchange over a fresh connection to one of the addresses the guard checked: no redirect is followed
 * here (that is {@link FetchChain}'s job, which checks each target first), and the connection is closed afterwards.
 */
public final class HttpFetcher {

  private final String userAgent;
  private final Duration connectTimeout;
  private final Duration totalTimeout;
  private final Tls tls;
  private final Clock clock;

  public HttpFetcher(String userAgent, Duration connectTimeout, Duration totalTimeout, Tls tls, Clock clock) {
    if (userAgent.isBlank() || userAgent.contains("\r") || userAgent.contains("\n")) {
      throw new IllegalArgumentException("the User-Agent must be one non-empty line");
    }
    this.userAgent = userAgent;
    this.connectTimeout = connectTimeout;
    this.totalTimeout = totalTimeout;
    this.tls = tls;
    this.clock = clock;
  }

  /**
   * Fetches {@code request.uri()} by connecting to {@code addresses}, in order, until one accepts.
   *
   * @return {@link Fetched}, {@link NotModified}, {@link Redirected} or {@link Failed}; never throws
   */
  public FetchResult fetchOnce(FetchRequest request, List<InetAddress> addresses) {
    URI uri = request.uri();
    Deadline deadline = Deadline.after(totalTimeout);
    try (Socket socket = connect(uri, addresses, deadline)) {
      writeRequest(socket.getOutputStream(), request);
      InputStream in = new BufferedInputStream(new DeadlineInputStream(socket, deadline), 16 * 1024);
      ResponseHead head = ResponseHead.read(in);
      while (head.status() >= 100 && head.status() < 200) {
        head = ResponseHead.read(in);
      }
      return answer(request, head, in);
    } catch (FetchFailure e) {
      return Failed.of(uri, e.reason(), e.getMessage());
    } catch (SocketTimeoutException e) {
      return Failed.of(uri, FailureReason.TIMEOUT, "no answer within the timeout (" + e.getMessage() + ")");
    } catch (SSLException e) {
      return Failed.of(uri, FailureReason.TLS, "TLS failed: " + e.getMessage());
    } catch (ConnectException e) {
      return Failed.of(uri, FailureReason.CONNECTION_REFUSED, HostPort.of(uri) + " refused the connection");
    } catch (ChunkedInputStream.ChunkFormatException e) {
      return Failed.of(uri, FailureReason.MALFORMED_RESPONSE, e.getMessage());
    } catch (EOFException e) {
      return Failed.of(uri, FailureReason.TRUNCATED, "the body ended early: " + e.getMessage());
    } catch (NoRouteToHostException e) {
      return Failed.of(uri, FailureReason.CONNECTION_FAILED, "no route to " + HostPort.of(uri));
    } catch (IOException e) {
      return Failed.of(uri, FailureReason.CONNECTION_FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private Socket connect(URI uri, List<InetAddress> addresses, Deadline deadline) throws IOException, FetchFailure {
    HostPort target = HostPort.of(uri);
    IOException last = new ConnectException("no address to connect to");
    for (InetAddress address : addresses) {
      deadline.check();
      Socket socket = new Socket();
      try {
        int timeout = (int) Math.min(connectTimeout.toMillis(), deadline.remainingMillis());
        socket.connect(new InetSocketAddress(address, target.port()), Math.max(1, timeout));
        socket.setTcpNoDelay(true);
        return "https".equalsIgnoreCase(uri.getScheme()) ? tls.wrap(socket, target, deadline.remainingMillis()) : socket;
      } catch (IOException e) {
        socket.close();
        last = e;
      }
    }
    throw last;
  }

  private void writeRequest(OutputStream out, FetchRequest request) throws IOException {
    URI uri = URI.create(request.uri().toASCIIString());
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (uri.getRawQuery() != null) {
      path += "?" + uri.getRawQuery();
    }
    StringBuilder head = new StringBuilder(256)
        .append("GET ").append(path).append(" HTTP/1.1\r\n")
        .append("Host: ").append(hostHeader(uri)).append("\r\n")
        .append("User-Agent: ").append(userAgent).append("\r\n")
        .append("Accept: ").append(oneLine(request.accept())).append("\r\n")
        .append("Accept-Encoding: gzip, deflate\r\n")
        .append("Connection: close\r\n");
    request.validators().etag().filter(HttpFetcher::isOneLine)
        .ifPresent(etag -> head.append("If-None-Match: ").append(etag).append("\r\n"));
    request.validators().lastModified().filter(HttpFetcher::isOneLine)
        .ifPresent(date -> head.append("If-Modified-Since: ").append(date).append("\r\n"));
    head.append("\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  private static String hostHeader(URI uri) {
    String host = uri.getHost();
    int port = uri.getPort();
    boolean defaultPort = port < 0 || (port == 80 && "http".equalsIgnoreCase(uri.getScheme()))
        || (port == 443 && "https".equalsIgnoreCase(uri.getScheme()));
    return defaultPort ? host : host + ":" + port;
  }

  private FetchResult answer(FetchRequest request, ResponseHead head, InputStream in) throws IOException, FetchFailure {
    URI uri = request.uri();
    int status = head.status();
    Instant now = clock.instant();
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

  private static boolean isOneLine(String value) {
    return value.indexOf('\r') < 0 && value.indexOf('\n') < 0;
  }

  private static String oneLine(String value) {
    return value.replace('\r', ' ').replace('\n', ' ');
  }
}
