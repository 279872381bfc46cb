package org.openseason.crawler.archive;

import java.io.EOFException;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Reads a whole archive once, record by record with jwarc, checking each record's block against its digest, and
 * keeps where each URL's response starts. After a record that cannot be read, reading starts again at the next
 * place a record may start ({@link RecordStarts}), so one damaged record never hides the rest. A record whose
 * length lies is caught by its digest, or, without one, by the next record not starting where it ends.
 */
final class ArchiveIndexer {

  private final Path file;
  private final Map<String, ArchiveEntry> entries = new HashMap<>();
  private final List<ArchiveProblem> problems = new ArrayList<>();
  private int records;

  /** Where a run of readable records ended: the start of the last record read, and whether the file ended. */
  private record Segment(long lastStart, boolean clean) {}

  ArchiveIndexer(Path file) {
    this.file = file;
  }

  void run() throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      boolean gzip = RecordStarts.isGzip(channel);
      if (!gzip && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
        problems.add(new ArchiveProblem(0, ArchiveReason.NOT_GZIP, Optional.empty(),
            "the file is named .gz but is not gzip; it was read as an uncompressed archive"));
      }
      long candidate = gzip ? 0 : RecordStarts.next(channel, 0, false);
      if (candidate > 0) {
        problems.add(new ArchiveProblem(0, ArchiveReason.MALFORMED_RECORD, Optional.empty(),
            "the file does not start with a WARC record"));
      }
      while (candidate >= 0) {
        Segment segment = readFrom(candidate);
        if (segment.clean()) {
          break;
        }
        candidate = RecordStarts.next(channel, Math.max(candidate, segment.lastStart()) + 1, gzip);
      }
    }
    if (records == 0) {
      problems.removeIf(p -> p.reason() == ArchiveReason.MALFORMED_RECORD || p.reason() == ArchiveReason.NOT_GZIP);
      problems.add(0, new ArchiveProblem(0, ArchiveReason.NOT_WARC, Optional.empty(),
          "no WARC record could be read: " + file.getFileName() + " is not a web archive"));
    }
  }

  Map<String, ArchiveEntry> entries() {
    return entries;
  }

  List<ArchiveProblem> problems() {
    return problems;
  }

  private Segment readFrom(long start) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    channel.position(start);
    long lastStart = -1;
    Optional<ArchiveEntry> unverified = Optional.empty();
    try (WarcReader reader = new WarcReader(channel)) {
      reader.calculateBlockDigest();
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          if (unverified.isPresent() && e instanceof ParsingException) {
            ArchiveEntry liar = unverified.get();
            damage(liar.target(), liar.date(), liar.offset(), ArchiveReason.LENGTH_MISMATCH,
                "the next record does not start where its Content-Length says it ends");
          } else {
            report(new ArchiveProblem(lastStart < 0 ? start : reader.position(), reason(e), Optional.empty(),
                message(e)));
          }
          return new Segment(lastStart, false);
        }
        if (next.isEmpty()) {
          return new Segment(lastStart, true);
        }
        WarcRecord record = next.get();
        lastStart = reader.position();
        records++;
        unverified = Optional.empty();
        Optional<URI> target = record instanceof WarcResponse response ? target(response) : Optional.empty();
        try {
          record.body().consume();
        } catch (IOException | RuntimeException e) {
          if (target.isPresent()) {
            damage(target.get(), record.date(), lastStart, reason(e), message(e));
          } else {
            report(new ArchiveProblem(lastStart, reason(e), Optional.empty(), message(e)));
          }
          return new Segment(lastStart, false);
        }
        if (target.isEmpty()) {
          continue;
        }
        Optional<WarcDigest> declared = record.blockDigest();
        Optional<WarcDigest> calculated = record.calculatedBlockDigest();
        if (declared.isPresent() && calculated.isPresent() && !declared.get().equals(calculated.get())) {
          damage(target.get(), record.date(), lastStart, ArchiveReason.DIGEST_MISMATCH,
              "the block does not match its WARC-Block-Digest (its length lies or its bytes are damaged)");
        } else if (record.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
          damage(target.get(), record.date(), lastStart, ArchiveReason.RECORDED_TRUNCATED,
              "the recorder cut this response (WARC-Truncated: " + record.truncated().name().toLowerCase(Locale.ROOT)
                  + ")");
        } else {
          ArchiveEntry entry = new ArchiveEntry(target.get(), record.date(), lastStart, Optional.empty());
          entries.put(WarcArchive.key(target.get()), entry);
          unverified = declared.isEmpty() ? Optional.of(entry) : Optional.empty();
        }
      }
    }
  }

  /** A record that cannot be replayed: reported, and kept so that its URL fails for this reason. */
  private void damage(URI target, Instant date, long offset, ArchiveReason reason, String detail) {
    ArchiveProblem problem = new ArchiveProblem(offset, reason, Optional.of(target), detail);
    report(problem);
    String key = WarcArchive.key(target);
    ArchiveEntry known = entries.get(key);
    if (known == null || known.offset() == offset || known.damage().isPresent()) {
      entries.put(key, new ArchiveEntry(target, date, offset, Optional.of(problem)));
    }
  }

  /** Reading again after a damaged record may meet the same damage again: it is reported once. */
  private void report(ArchiveProblem problem) {
    if (!problems.contains(problem)) {
      problems.add(problem);
    }
  }

  private static Optional<URI> target(WarcResponse response) {
    String target = response.target();
    if (target == null) {
      return Optional.empty();
    }
    String bare = target.startsWith("<") && target.endsWith(">") ? target.substring(1, target.length() - 1) : target;
    try {
      return Optional.of(URI.create(bare.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static ArchiveReason reason(Exception e) {
    if (e instanceof ZipException) {
      return ArchiveReason.CORRUPT_GZIP;
    }
    if (e instanceof EOFException) {
      return ArchiveReason.TRUNCATED;
    }
    return ArchiveReason.MALFORMED_RECORD;
  }

  private static String message(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.length() > 200 ? message.substring(0, 200) + "..." : message;
  }
}
