package org.openseason.crawler.archive;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * A web archive opened for a replay: every response record indexed by URL once, when opened, and read again from
 * its offset when a fetch asks for it (so an archive larger than memory can be replayed). Damaged records are
 * found while indexing ({@link ArchiveIndexer}) and stay in the index with their damage, so that a fetch of their
 * URL fails for that reason instead of reading half a page. A URL archived more than once is replayed from its
 * last record in the file. Thread-safe once opened.
 */
public final class WarcArchive {

  /** A reader of one archived HTTP message. */
  @FunctionalInterface
  public interface MessageReader<T> {
    T read(InputStream message);
  }

  private final Path file;
  private final Map<String, ArchiveEntry> entries;
  private final List<ArchiveProblem> problems;

  private WarcArchive(Path file, Map<String, ArchiveEntry> entries, List<ArchiveProblem> problems) {
    this.file = file;
    this.entries = Map.copyOf(entries);
    this.problems = List.copyOf(problems);
  }

  /**
   * Opens and indexes {@code file}. What is wrong inside it is a {@link ArchiveProblem}, never an exception.
   *
   * @throws IOException only when the file is missing or cannot be read at all
   */
  public static WarcArchive open(Path file) throws IOException {
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString(), null, "no such file");
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new AccessDeniedException(file.toString(), null, "not a readable file");
    }
    ArchiveIndexer indexer = new ArchiveIndexer(file);
    indexer.run();
    return new WarcArchive(file, indexer.entries(), indexer.problems());
  }

  /** The archived response for {@code url}, if the archive holds one (damaged or not). */
  Optional<ArchiveEntry> find(URI url) {
    return Optional.ofNullable(entries.get(key(url)));
  }

  /** Reads the HTTP message of {@code entry}'s record with {@code reader}. */
  <T> T read(ArchiveEntry entry, MessageReader<T> reader) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    channel.position(entry.offset());
    try (WarcReader warc = new WarcReader(channel)) {
      WarcRecord record = warc.next().orElseThrow(() -> new IOException("no record at byte " + entry.offset()));
      try (InputStream message = record.body().stream()) {
        return reader.read(message);
      }
    }
  }

  public ReplaySummary summary() {
    int readable = (int) entries.values().stream().filter(e -> e.damage().isEmpty()).count();
    return new ReplaySummary(file, readable, problems);
  }

  /** A URL as archived and requested ones are matched: scheme and host in lower case, no default port or fragment. */
  static String key(URI url) {
    if (url.getHost() == null || url.getScheme() == null) {
      return url.toString();
    }
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    int port = url.getPort();
    boolean defaultPort = port < 0 || (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
    return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path + query;
  }
}
