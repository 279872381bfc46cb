package org.openseason.crawler.fetch;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** Decodes {@code Transfer-Encoding: chunked}; the stream ends at the last chunk, and fails if the body stops early. */
final class ChunkedInputStream extends InputStream {

  private final InputStream in;
  private long left;
  private boolean done;

  ChunkedInputStream(InputStream in) {
    this.in = in;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n == -1 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (done) {
      return -1;
    }
    if (left == 0) {
      nextChunk();
      if (done) {
        return -1;
      }
    }
    int n = in.read(b, off, (int) Math.min(len, left));
    if (n == -1) {
      throw new EOFException("the connection closed inside a chunk");
    }
    left -= n;
    if (left == 0) {
      line();
    }
    return n;
  }

  private void nextChunk() throws IOException {
    String sizeLine = line();
    int semicolon = sizeLine.indexOf(';');
    String size = (semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).strip();
    try {
      left = Long.parseLong(size, 16);
    } catch (NumberFormatException e) {
      throw new ChunkFormatException("chunk size '" + size + "' is not hexadecimal");
    }
    if (left < 0) {
      throw new ChunkFormatException("negative chunk size");
    }
    if (left == 0) {
      for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
        // Trailers carry nothing the crawler uses.
      }
      done = true;
    }
  }

  private String line() throws IOException {
    try {
      String line = ResponseHead.line(in);
      if (line == null) {
        throw new EOFException("the connection closed before the last chunk");
      }
      return line;
    } catch (FetchFailure e) {
      throw new ChunkFormatException(e.getMessage());
    }
  }

  /** A chunk header that is not what the specification writes. */
  static final class ChunkFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    ChunkFormatException(String message) {
      super(message);
    }
  }
}
