package org.openseason.crawler.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * Finds where the next record may start after a damaged one, so that the rest of an archive is still read: the
 * next gzip member header in a compressed file (one member per record), the next {@code WARC/1.} at the start of
 * a line in an uncompressed one. A false start is harmless: it fails to parse and the search goes on.
 */
final class RecordStarts {

  private static final byte[] GZIP = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] WARC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

  private RecordStarts() {}

  static boolean isGzip(FileChannel channel) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(2);
    channel.read(head, 0);
    return head.position() == 2 && head.get(0) == GZIP[0] && head.get(1) == GZIP[1];
  }

  /** The first offset at or after {@code from} where a record may start, or -1. */
  static long next(FileChannel channel, long from, boolean gzip) throws IOException {
    byte[] magic = gzip ? GZIP : WARC;
    int overlap = magic.length;
    ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
    long base = Math.max(0, from - 1);
    while (base < channel.size()) {
      buffer.clear();
      int n = channel.read(buffer, base);
      if (n < magic.length) {
        return -1;
      }
      byte[] bytes = buffer.array();
      for (int i = 0; i + magic.length <= n; i++) {
        long at = base + i;
        if (at >= from && matches(bytes, i, magic) && (gzip || at == 0 || (i > 0 && bytes[i - 1] == '\n'))) {
          return at;
        }
      }
      if (base + n >= channel.size()) {
        return -1;
      }
      base += n - overlap;
    }
    return -1;
  }

  private static boolean matches(byte[] bytes, int at, byte[] magic) {
    for (int k = 0; k < magic.length; k++) {
      if (bytes[at + k] != magic[k]) {
        return false;
      }
    }
    return true;
  }
}
