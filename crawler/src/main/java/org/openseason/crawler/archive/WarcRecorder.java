package org.openseason.crawler.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.openseason.crawler.fetch.WireExchange;
import org.openseason.crawler.fetch.WireTap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a live crawl in a web archive (WARC 1.1, one gzip member per record, written by jwarc): per exchange a
 * {@code response} record with the bytes as received and a {@code request} record concurrent to it, both with
 * {@code WARC-Target-URI}, {@code WARC-Date} (when the request was sent, which is also the fetch time of what it
 * gave), {@code WARC-IP-Address} and SHA-1 block and payload digests. A response cut short (a failed exchange, the
 * recording limit) is marked {@code WARC-Truncated}. A write that fails is logged and ends the recording, never the
 * crawl. Thread-safe; close it to finish the file.
 */
public final class WarcRecorder implements WireTap, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WarcRecorder.class);

  private final Path file;
  private final WarcWriter writer;
  private boolean failed;
  private int exchanges;

  private WarcRecorder(Path file, WarcWriter writer) {
    this.file = file;
    this.writer = writer;
  }

  /** Creates (or replaces) {@code file} and writes its {@code warcinfo} record. */
  public static WarcRecorder create(Path file, String software) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
    WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP);
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("software", List.of(software));
    fields.put("format", List.of("WARC File Format 1.1"));
    fields.put("description", List.of("a crawl recorded by OpenSeason: every request and response"));
    writer.write(new Warcinfo.Builder().version(MessageVersion.WARC_1_1).date(Instant.now())
        .filename(file.getFileName().toString()).fields(fields).build());
    return new WarcRecorder(file, writer);
  }

  @Override
  public void exchanged(WireExchange exchange) {
    try {
      WarcRequest request = new WarcRequest.Builder(exchange.uri()).version(MessageVersion.WARC_1_1)
          .date(exchange.at()).ipAddress(exchange.address()).blockDigest(sha1(exchange.request()))
          .body(MediaType.HTTP_REQUEST, exchange.request()).build();
      Optional<WarcResponse> response = exchange.response().length == 0 ? Optional.empty()
          : Optional.of(response(exchange, request));
      synchronized (this) {
        if (failed) {
          return;
        }
        if (response.isPresent()) {
          writer.write(response.get());
        }
        writer.write(request);
        exchanges++;
      }
    } catch (IOException | RuntimeException e) {
      synchronized (this) {
        if (!failed) {
          LOG.warn("recording to {} failed; the crawl goes on unrecorded: {}", file, e.toString());
        }
        failed = true;
      }
    }
  }

  private static WarcResponse response(WireExchange exchange, WarcRequest request) throws IOException {
    WarcResponse.Builder builder = new WarcResponse.Builder(exchange.uri()).version(MessageVersion.WARC_1_1)
        .date(exchange.at()).ipAddress(exchange.address()).concurrentTo(request.id())
        .blockDigest(sha1(exchange.response()));
    if (exchange.completeness() == WireExchange.Completeness.PARTIAL) {
      builder.truncated(WarcTruncationReason.UNSPECIFIED);
    }
    WarcResponse unsigned = new WarcResponse.Builder(exchange.uri())
        .body(MediaType.HTTP_RESPONSE, exchange.response()).build();
    Optional<WarcDigest> payload = payloadDigest(unsigned);
    payload.ifPresent(builder::payloadDigest);
    return builder.body(MediaType.HTTP_RESPONSE, exchange.response()).build();
  }

  /** The digest of the payload as jwarc reads it back (the entity, transfer framing removed). */
  private static Optional<WarcDigest> payloadDigest(WarcResponse response) {
    try {
      Optional<WarcPayload> payload = response.payload();
      if (payload.isEmpty()) {
        return Optional.empty();
      }
      MessageDigest digest = MessageDigest.getInstance("SHA-1");
      try (InputStream in = payload.get().body().stream()) {
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
          digest.update(buffer, 0, n);
        }
      }
      return Optional.of(new WarcDigest(digest));
    } catch (IOException | RuntimeException | NoSuchAlgorithmException e) {
      return Optional.empty();
    }
  }

  private static WarcDigest sha1(byte[] bytes) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-1");
      digest.update(bytes);
      return new WarcDigest(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the platform has no SHA-1", e);
    }
  }

  /** The exchanges written so far. */
  public synchronized int exchanges() {
    return exchanges;
  }

  @Override
  public synchronized void close() throws IOException {
    writer.close();
  }
}
