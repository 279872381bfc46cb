package org.openseason.crawler.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Keeps a copy of the bytes read through it, up to a limit, for a {@link WireTap}. */
final class TeeInputStream extends InputStream {

  private final InputStream in;
  private final long limit;
  private final ByteArrayOutputStream copy = new ByteArrayOutputStream(16 * 1024);
  private boolean overflowed;

  TeeInputStream(InputStream in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0 && copy.size() < limit) {
      copy.write(b);
    } else if (b >= 0) {
      overflowed = true;
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = in.read(buffer, offset, length);
    if (n > 0) {
      keep(buffer, offset, n);
    }
    return n;
  }

  /**
   * Reads (and keeps) what is left of a response the crawler does not read (a redirect's body, an error page), at
   * most {@code max} bytes and only what has already arrived: a server that keeps the connection open never makes
   * it wait. A failure only ends it.
   */
  void drain(int max) {
    byte[] buffer = new byte[8192];
    int left = max;
    try {
      while (left > 0 && in.available() > 0) {
        int n = read(buffer, 0, Math.min(Math.min(buffer.length, left), in.available()));
        if (n <= 0) {
          return;
        }
        left -= n;
      }
    } catch (IOException e) {
      // what arrived is kept; the exchange's result does not depend on the rest
    }
  }

  byte[] captured() {
    return copy.toByteArray();
  }

  boolean overflowed() {
    return overflowed;
  }

  private void keep(byte[] bytes, int offset, int length) {
    int room = (int) Math.max(0, Math.min(length, limit - copy.size()));
    copy.write(bytes, offset, room);
    overflowed |= room < length;
  }
}
