package org.openseason.benchmark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A load at a constant rate, for {@code bench/search.sh} where wrk2 is not installed: request {@code k} is due at
 * {@code k / rate} seconds after the start and its latency is counted from then, not from when it was sent, so a
 * stalled server is not hidden by the generator waiting for it (what wrk2 does). Connections are kept alive, one
 * per thread; a thread takes the next request due, waits for its time, sends it and reads the whole answer. With
 * {@code --profiles}, each request gets a random age, country and hours, drawn as {@code bench/profiles.lua} draws
 * them.
 *
 * <p>Usage: {@code ConstantRate URL RATE SECONDS [--profiles]}; prints the rate reached and the latency
 * percentiles. Only for loopback bench servers: plain HTTP/1.1 answers with a {@code Content-Length}.
 */
public final class ConstantRate {

  private static final int CONNECTIONS = 32;

  private ConstantRate() {}

  public static void main(String[] args) throws Exception {
    URI url = URI.create(args[0]);
    int rate = Integer.parseInt(args[1]);
    int seconds = Integer.parseInt(args[2]);
    boolean profiles = args.length > 3 && args[3].equals("--profiles");
    int total = rate * seconds;
    String[] paths = new String[total];
    Random random = new Random(4);
    List<String> countries = IssueQuery.COUNTRIES;
    for (int k = 0; k < total; k++) {
      paths[k] = url.getRawPath() + "?" + url.getRawQuery() + (profiles ? "&age=" + (16 + random.nextInt(60))
          + "&country=" + countries.get(random.nextInt(countries.size())) + "&hours=" + 5 * (1 + random.nextInt(8))
          : "");
    }
    long[] latencies = new long[total];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    long start = System.nanoTime() + 100_000_000L;
    Thread[] threads = new Thread[CONNECTIONS];
    for (int t = 0; t < threads.length; t++) {
      threads[t] = new Thread(() -> {
        Connection connection = null;
        for (int k = next.getAndIncrement(); k < total; k = next.getAndIncrement()) {
          long due = start + (long) k * 1_000_000_000L / rate;
          long wait = due - System.nanoTime();
          if (wait > 0) {
            LockSupport.parkNanos(wait);
          }
          try {
            connection = connection == null ? new Connection(url.getHost(), url.getPort()) : connection;
            if (!connection.get(paths[k])) {
              failed.incrementAndGet();
            }
          } catch (IOException e) {
            failed.incrementAndGet();
            connection = null;
          }
          latencies[k] = System.nanoTime() - due;
        }
      });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    Arrays.sort(latencies);
    System.out.printf(Locale.ROOT, "%d requests in %.1f s: %.0f requests/s, %d failed%n", total, elapsed,
        total / elapsed, failed.get());
    for (double p : new double[] {50, 90, 99, 99.9, 100}) {
      int i = Math.max(0, Math.min(total - 1, (int) Math.ceil(p / 100 * total) - 1));
      System.out.printf(Locale.ROOT, "  %5.1f%%  %8.2f ms%n", p, latencies[i] / 1e6);
    }
  }

  /** One kept-alive HTTP/1.1 connection. */
  private static final class Connection {

    private final String host;
    private final OutputStream out;
    private final InputStream in;

    Connection(String host, int port) throws IOException {
      Socket socket = new Socket(host, port);
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(10_000);
      this.host = host;
      this.out = socket.getOutputStream();
      this.in = new BufferedInputStream(socket.getInputStream(), 65_536);
    }

    /** Sends a GET and reads its answer; true for a 200. */
    boolean get(String path) throws IOException {
      out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String status = line();
      long length = -1;
      for (String header = line(); !header.isEmpty(); header = line()) {
        if (header.regionMatches(true, 0, "content-length:", 0, 15)) {
          length = Long.parseLong(header.substring(15).trim());
        }
      }
      if (length < 0) {
        throw new IOException("no Content-Length in the answer to " + path);
      }
      in.skipNBytes(length);
      return status.startsWith("HTTP/1.1 200");
    }

    private String line() throws IOException {
      StringBuilder line = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new IOException("connection closed");
        }
        if (c != '\r') {
          line.append((char) c);
        }
      }
      return line.toString();
    }
  }
}
