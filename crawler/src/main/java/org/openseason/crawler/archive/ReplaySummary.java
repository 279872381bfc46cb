package org.openseason.crawler.archive;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * What reading a web archive for a replay found.
 *
 * @param file the archive
 * @param responses the URLs it holds a readable response for
 * @param problems what was wrong in it, in file order
 */
public record ReplaySummary(Path file, int responses, List<ArchiveProblem> problems) {

  public ReplaySummary {
    requireNonNull(file, "file is null");
    problems = List.copyOf(problems);
  }
}
