package org.openseason.crawler.archive;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * Where an archive holds the response for one URL.
 *
 * @param target the archived URL ({@code WARC-Target-URI})
 * @param date when it was archived ({@code WARC-Date})
 * @param offset the byte offset of its record in the file
 * @param damage why the record cannot be replayed, when it cannot
 */
record ArchiveEntry(URI target, Instant date, long offset, Optional<ArchiveProblem> damage) {}
