package org.openseason.crawler.fetch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.openseason.crawler.guard.HostPort;

/**
 * One HTTP/1.1 exchange over a fresh connection to one of the addresses the guard checked: no redirect is followed
 * here (that is {@link FetchChain}'s job, which checks each target first), and the connection is closed afterwards.
 */
public final class HttpFetcher {

  /** The most response bytes kept for a {@link WireTap} beyond the body limit (status line and headers). */
  private static final int TAP_HEAD_ROOM = 256 * 1024;
  /** The most bytes of a body the crawler does not read (a redirect's, an error's) still read for a tap. */
  private static final int TAP_DRAIN = 64 * 1024;

  private final String userAgent;
  private final Duration connectTimeout;
  private final Duration totalTimeout;
  private final Tls tls;
  private final Clock clock;
  private final WireTap tap;

  public HttpFetcher(String userAgent, Duration connectTimeout, Duration totalTimeout, Tls tls, Clock clock) {
    this(userAgent, connectTimeout, totalTimeout, tls, clock, WireTap.NONE);
  }

  /** Like the other constructor, every exchange's bytes also given to {@code tap} (to record a crawl). */
  public HttpFetcher(String userAgent, Duration connectTimeout, Duration totalTimeout, Tls tls, Clock clock,
      WireTap tap) {
    if (userAgent.isBlank() || userAgent.contains("\r") || userAgent.contains("\n")) {
      throw new IllegalArgumentException("the User-Agent must be one non-empty line");
    }
    this.userAgent = userAgent;
    this.connectTimeout = connectTimeout;
    this.totalTimeout = totalTimeout;
    this.tls = tls;
    this.clock = clock;
    this.tap = tap;
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
      byte[] head = requestHead(request);
      Instant at = clock.instant();
      socket.getOutputStream().write(head);
      socket.getOutputStream().flush();
      InputStream wire = new BufferedInputStream(new DeadlineInputStream(socket, deadline), 16 * 1024);
      return tap == WireTap.NONE ? HttpMessages.read(request, wire, at) : tapped(request, socket, at, head, wire);
    } catch (FetchFailure | IOException e) {
      return HttpMessages.failure(uri, e);
    }
  }

  /** Reads the response through a copy of its bytes, then gives the exchange to the tap. */
  private FetchResult tapped(FetchRequest request, Socket socket, Instant at, byte[] head, InputStream wire) {
    TeeInputStream tee = new TeeInputStream(wire, request.maxBytes() + TAP_HEAD_ROOM);
    FetchResult result;
    try {
      result = HttpMessages.read(request, tee, at);
      if (!(result instanceof Fetched)) {
        tee.drain(TAP_DRAIN);
      }
    } catch (FetchFailure | IOException e) {
      result = HttpMessages.failure(request.uri(), e);
    }
    // a failure without a status is one of reading (a limit, a timeout, bad framing): the bytes stop short
    boolean partial = tee.overflowed() || (result instanceof Failed failed && failed.status().isEmpty());
    tap.exchanged(new WireExchange(request.uri(), socket.getInetAddress(), at, head, tee.captured(),
        partial ? WireExchange.Completeness.PARTIAL : WireExchange.Completeness.COMPLETE));
    return result;
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

  private byte[] requestHead(FetchRequest request) {
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
    return head.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String hostHeader(URI uri) {
    String host = uri.getHost();
    int port = uri.getPort();
    boolean defaultPort = port < 0 || (port == 80 && "http".equalsIgnoreCase(uri.getScheme()))
        || (port == 443 && "https".equalsIgnoreCase(uri.getScheme()));
    return defaultPort ? host : host + ":" + port;
  }

  private static boolean isOneLine(String value) {
    return value.indexOf('\r') < 0 && value.indexOf('\n') < 0;
  }

  private static String oneLine(String value) {
    return value.replace('\r', ' ').replace('\n', ' ');
  }
}
