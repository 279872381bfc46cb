package org.openseason.crawler.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Reads a response body: undoes the transfer framing and the content encoding, and stops as soon as more bytes
 * than allowed have arrived, counted after decompression, so that neither a huge page nor a gzip bomb is ever held
 * in memory whole.
 */
final class BodyReader {

  /** A decompressed body this many times larger than its compressed form is a bomb, not a page. */
  private static final long BOMB_RATIO = 100;

  private BodyReader() {}

  /** A body, and whether it was cut at the limit. */
  record Body(byte[] bytes, boolean truncated) {}

  static Body read(InputStream in, ResponseHead head, FetchRequest request) throws IOException, FetchFailure {
    Optional<String> encoding = head.header("content-encoding").map(e -> e.strip().toLowerCase(Locale.ROOT))
        .filter(e -> !e.isEmpty() && !e.equals("identity"));
    CountingInputStream wire = new CountingInputStream(framed(in, head, request, encoding.isPresent()));
    InputStream decoded = decoded(wire, encoding);
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buffer = new byte[8192];
    long max = request.maxBytes();
    try {
      for (int n = decoded.read(buffer); n != -1; n = decoded.read(buffer)) {
        if (out.size() + (long) n > max) {
          if (request.truncate()) {
            out.write(buffer, 0, (int) (max - out.size()));
            return new Body(out.toByteArray(), true);
          }
          throw tooLarge(encoding.isPresent(), out.size() + (long) n, wire.count, max);
        }
        out.write(buffer, 0, n);
      }
    } catch (ZipException e) {
      throw new FetchFailure(FailureReason.BAD_CONTENT_ENCODING, "corrupt " + encoding.orElse("") + " data: "
          + e.getMessage());
    }
    return new Body(out.toByteArray(), false);
  }

  private static InputStream framed(InputStream in, ResponseHead head, FetchRequest request, boolean encoded)
      throws FetchFailure {
    if (head.header("transfer-encoding").map(t -> t.toLowerCase(Locale.ROOT).contains("chunked")).orElse(false)) {
      return new ChunkedInputStream(in);
    }
    Optional<String> length = head.header("content-length");
    if (length.isEmpty()) {
      return in;
    }
    long announced;
    try {
      announced = Long.parseLong(length.get().strip());
    } catch (NumberFormatException e) {
      throw new FetchFailure(FailureReason.MALFORMED_RESPONSE, "Content-Length '" + length.get() + "' is not a number");
    }
    if (announced < 0) {
      throw new FetchFailure(FailureReason.MALFORMED_RESPONSE, "negative Content-Length");
    }
    if (!encoded && !request.truncate() && announced > request.maxBytes()) {
      throw new FetchFailure(FailureReason.TOO_LARGE,
          "Content-Length " + announced + " is over the limit of " + request.maxBytes() + " bytes");
    }
    return new FixedLengthInputStream(in, announced);
  }

  private static InputStream decoded(InputStream wire, Optional<String> encoding) throws IOException, FetchFailure {
    if (encoding.isEmpty()) {
      return wire;
    }
    try {
      return switch (encoding.get()) {
        case "gzip", "x-gzip" -> new GZIPInputStream(wire, 8192);
        case "deflate" -> inflater(wire);
        default -> throw new FetchFailure(FailureReason.BAD_CONTENT_ENCODING,
            "Content-Encoding '" + encoding.get() + "' is not supported");
      };
    } catch (ZipException e) {
      throw new FetchFailure(FailureReason.BAD_CONTENT_ENCODING, encoding.get() + " data is corrupt: " + e.getMessage());
    }
  }

  /** "deflate" should be zlib-wrapped, but some servers send raw deflate; the first two bytes tell which. */
  private static InputStream inflater(InputStream wire) throws IOException {
    PushbackInputStream in = new PushbackInputStream(wire, 2);
    int cmf = in.read();
    int flg = in.read();
    if (flg != -1) {
      in.unread(flg);
    }
    if (cmf != -1) {
      in.unread(cmf);
    }
    boolean zlib = cmf != -1 && flg != -1 && (cmf & 0x0f) == 8 && ((cmf << 8) | flg) % 31 == 0;
    return new InflaterInputStream(in, new Inflater(!zlib), 8192);
  }

  private static FetchFailure tooLarge(boolean encoded, long decoded, long wire, long max) {
    if (encoded && decoded > BOMB_RATIO * Math.max(1, wire)) {
      return new FetchFailure(FailureReason.DECOMPRESSION_BOMB,
          wire + " compressed bytes expanded past the limit of " + max + " bytes");
    }
    return new FetchFailure(FailureReason.TOO_LARGE, "the body is larger than the limit of " + max + " bytes");
  }

  private static final class CountingInputStream extends InputStream {
    private final InputStream in;
    private long count;

    CountingInputStream(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b != -1) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
