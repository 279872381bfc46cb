package org.openseason.crawler.archive;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a crawl reads its responses from a web archive or records them to one (never both).
 *
 * @param replay the archive to answer every fetch from instead of the network
 * @param record the archive to write every exchange of a live crawl to
 */
public record ArchiveSettings(Optional<Path> replay, Optional<Path> record) {

  /** A live crawl, recorded nowhere. */
  public static final ArchiveSettings NONE = new ArchiveSettings(Optional.empty(), Optional.empty());

  public ArchiveSettings {
    replay = replay == null ? Optional.empty() : replay;
    record = record == null ? Optional.empty() : record;
    if (replay.isPresent() && record.isPresent()) {
      throw new IllegalArgumentException("a crawl either replays an archive or records one, not both");
    }
  }

  public static ArchiveSettings replaying(Path archive) {
    return new ArchiveSettings(Optional.of(archive), Optional.empty());
  }

  public static ArchiveSettings recording(Path archive) {
    return new ArchiveSettings(Optional.empty(), Optional.of(archive));
  }
}
