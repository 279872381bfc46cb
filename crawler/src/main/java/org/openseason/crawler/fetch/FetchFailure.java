package org.openseason.crawler.fetch;

/**
 * Carries a classified failure out of the reading code of one exchange to {@link HttpFetcher}, which turns it into
 * a {@link Failed} value; it never leaves this package.
 */
final class FetchFailure extends Exception {

  private static final long serialVersionUID = 1L;

  private final FailureReason reason;

  FetchFailure(FailureReason reason, String detail) {
    super(detail, null, false, false);
    this.reason = reason;
  }

  FailureReason reason() {
    return reason;
  }
}
