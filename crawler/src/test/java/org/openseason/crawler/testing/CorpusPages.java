package org.openseason.crawler.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The pages of the shared corpus ({@code ../corpus/sources.warc.gz} beside the fixtures folder), read in place: each
 * response record's body by its target URL. A minimal reader for the tests, enough for the corpus's records (WARC
 * 1.1, one gzip member each, HTTP responses with a Content-Length).
 */
public final class CorpusPages {

  private static Map<String, byte[]> pages;

  private CorpusPages() {}

  /** The body archived under {@code url}, or the test is skipped (or failed) when the corpus is missing. */
  public static synchronized byte[] body(String url) {
    if (pages == null) {
      Path warc = RealFixtures.root().resolve("../corpus/sources.warc.gz");
      RealFixtures.file("../corpus/sources.warc.gz");
      pages = read(warc);
    }
    byte[] body = pages.get(url);
    if (body == null) {
      throw new IllegalArgumentException("no record for " + url);
    }
    return body;
  }

  private static Map<String, byte[]> read(Path warc) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(warc))) {
      byte[] all = in.readAllBytes();
      Map<String, byte[]> bodies = new LinkedHashMap<>();
      int at = 0;
      while (at < all.length) {
        int headerEnd = indexOf(all, at);
        String header = new String(all, at, headerEnd - at, StandardCharsets.UTF_8);
        int length = Integer.parseInt(field(header, "Content-Length"));
        int blockStart = headerEnd + 4;
        if (header.contains("WARC-Type: response")) {
          int httpEnd = indexOf(all, blockStart);
          ByteArrayOutputStream body = new ByteArrayOutputStream();
          body.write(all, httpEnd + 4, blockStart + length - httpEnd - 4);
          bodies.put(field(header, "WARC-Target-URI"), body.toByteArray());
        }
        at = blockStart + length;
        while (at < all.length && (all[at] == '\r' || all[at] == '\n')) {
          at++;
        }
      }
      return bodies;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String field(String header, String name) {
    for (String line : header.split("\r\n")) {
      if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
        return line.substring(name.length() + 1).strip();
      }
    }
    throw new IllegalStateException("a WARC record without " + name);
  }

  private static int indexOf(byte[] all, int from) {
    for (int i = from; i + 3 < all.length; i++) {
      if (all[i] == '\r' && all[i + 1] == '\n' && all[i + 2] == '\r' && all[i + 3] == '\n') {
        return i;
      }
    }
    throw new IllegalStateException("a WARC record without an end of headers");
  }
}
