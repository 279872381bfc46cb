package org.openseason.crawler.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openseason.crawler.Problem;

/**
 * What parsing gave: the document, unless a fatal problem prevented it, and every problem met on the way.
 *
 * @param document the parsed document
 * @param problems warnings, or the fatal problem when there is no document
 */
public record ParseResult(Optional<ParsedDocument> document, List<Problem> problems) {

  public ParseResult {
    document = document == null ? Optional.empty() : document;
    problems = problems == null ? List.of() : List.copyOf(problems);
  }

  static ParseResult failed(Problem problem, List<Problem> earlier) {
    List<Problem> all = new ArrayList<>(earlier);
    all.add(problem);
    return new ParseResult(Optional.empty(), all);
  }
}
