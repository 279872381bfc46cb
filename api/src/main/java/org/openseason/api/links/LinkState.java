package org.openseason.api.links;

import java.util.Optional;
import org.openseason.crawler.Extraction;
import org.openseason.crawler.Problem;
import org.openseason.crawler.fetch.FailureReason;
import org.openseason.domain.Keyed;

/** What the last check of a link found. */
public enum LinkState implements Keyed {
  /** The page answered (even when it is not a page the crawler reads, such as a PDF). */
  OK,
  /** The server says the page is gone (404 or 410): the listing needs a new link. */
  GONE,
  /** No answer (DNS, connection, timeout, a server error): possibly a passing outage, never called gone. */
  UNREACHABLE,
  /** Not asked: robots.txt forbids it, or its address is one the crawler refuses. */
  UNCHECKED;

  static LinkState of(Extraction answer) {
    Optional<Integer> status = answer.fetch().status();
    return switch (answer.fetch().outcome()) {
      case FETCHED, NOT_MODIFIED -> OK;
      case DISALLOWED -> UNCHECKED;
      case FAILED -> {
        if (status.filter(s -> s == 404 || s == 410).isPresent()) {
          yield GONE;
        }
        if (status.filter(s -> s < 400).isPresent()) {
          yield OK;
        }
        yield reason(answer).filter(r -> r.equals(FailureReason.FORBIDDEN_ADDRESS.key())
                || r.equals(FailureReason.UNSUPPORTED_SCHEME.key()))
            .map(r -> UNCHECKED).orElse(UNREACHABLE);
      }
    };
  }

  /** The reason key of the fetch's failure, when it failed. */
  static Optional<String> reason(Extraction answer) {
    return answer.problems().stream().filter(Problem::fatal).map(Problem::reason).findFirst();
  }
}
