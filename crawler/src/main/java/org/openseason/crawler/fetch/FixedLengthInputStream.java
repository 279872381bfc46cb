package org.openseason.crawler.fetch;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** A body of announced {@code Content-Length}; fails when the connection closes before all of it arrived. */
final class FixedLengthInputStream extends InputStream {

  private final InputStream in;
  private long left;

  FixedLengthInputStream(InputStream in, long length) {
    this.in = in;
    this.left = length;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n == -1 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (left == 0) {
      return -1;
    }
    int n = in.read(b, off, (int) Math.min(len, left));
    if (n == -1) {
      throw new EOFException("the connection closed " + left + " bytes before the announced length");
    }
    left -= n;
    return n;
  }
}
