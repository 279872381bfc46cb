package org.openseason.crawler.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Small web archives that tests write themselves with jwarc, record by record, to damage one on purpose. */
final class TestArchives {

  static final Instant ARCHIVED = Instant.parse("2026-08-05T16:06:52Z");

  private TestArchives() {}

  /** The HTTP/1.1 response a server would send: status, the type, a length, the body. */
  static byte[] http(int status, String contentType, String body, String... headers) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " X\r\n");
    if (contentType != null) {
      head.append("Content-Type: ").append(contentType).append("\r\n");
    }
    for (String header : headers) {
      head.append(header).append("\r\n");
    }
    head.append("Content-Length: ").append(bytes.length).append("\r\n\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(bytes);
    return out.toByteArray();
  }

  /** One uncompressed response record for {@code url}, written by jwarc, with (or without) its block digest. */
  static byte[] response(String url, Instant date, byte[] http, boolean digest) {
    try {
      WarcResponse.Builder builder = new WarcResponse.Builder(URI.create(url)).version(MessageVersion.WARC_1_1)
          .date(date);
      if (digest) {
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        sha1.update(http);
        builder.blockDigest(new WarcDigest(sha1));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), WarcCompression.NONE)) {
        writer.write(builder.body(MediaType.HTTP_RESPONSE, http).build());
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] response(String url, String contentType, String body) {
    return response(url, ARCHIVED, http(200, contentType, body), true);
  }

  /** The record with its WARC {@code Content-Length} off by {@code by} bytes: a record whose length lies. */
  static byte[] lyingLength(byte[] record, int by) {
    String text = new String(record, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("Content-Length: ") + "Content-Length: ".length();
    int end = text.indexOf("\r\n", at);
    long length = Long.parseLong(text.substring(at, end));
    return (text.substring(0, at) + (length + by) + text.substring(end)).getBytes(StandardCharsets.ISO_8859_1);
  }

  static byte[] gzip(byte[] record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Writes the records to {@code file}, each its own gzip member when {@code compress}. */
  static Path write(Path file, boolean compress, byte[]... records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] record : records) {
      out.writeBytes(compress ? gzip(record) : record);
    }
    return Files.write(file, out.toByteArray());
  }
}
