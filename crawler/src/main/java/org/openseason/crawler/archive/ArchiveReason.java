package org.openseason.crawler.archive;

import org.openseason.domain.Keyed;

/** Why (part of) a web archive could not be read, classified so that a crawl report can say so. */
public enum ArchiveReason implements Keyed {
  /** No WARC record could be read at all: the file is something else. */
  NOT_WARC,
  /** The file is named {@code .gz} but is not gzip (it was read as an uncompressed archive). */
  NOT_GZIP,
  /** A gzip member's data is corrupt. */
  CORRUPT_GZIP,
  /** The archive ends inside a record. */
  TRUNCATED,
  /** A record's {@code Content-Length} is not its length: the next record does not start where it says it ends. */
  LENGTH_MISMATCH,
  /** A record's block does not match its {@code WARC-Block-Digest}. */
  DIGEST_MISMATCH,
  /** The recorder itself cut the record ({@code WARC-Truncated}). */
  RECORDED_TRUNCATED,
  /** A record's header is not WARC as the standard writes it. */
  MALFORMED_RECORD
}
