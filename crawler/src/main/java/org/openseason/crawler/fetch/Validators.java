package org.openseason.crawler.fetch;

import java.util.Optional;

/**
 * The validators of a fetched document, sent back on the next request so that an unchanged page answers
 * {@code 304 Not Modified}.
 *
 * @param etag the {@code ETag} header, as the server sent it
 * @param lastModified the {@code Last-Modified} header, as the server sent it
 */
public record Validators(Optional<String> etag, Optional<String> lastModified) {

  public static final Validators NONE = new Validators(Optional.empty(), Optional.empty());

  public Validators {
    etag = clean(etag);
    lastModified = clean(lastModified);
  }

  private static Optional<String> clean(Optional<String> value) {
    return value == null ? Optional.empty() : value.map(String::strip).filter(v -> !v.isEmpty() && v.length() < 1000);
  }

  public static Validators of(String etag, String lastModified) {
    return new Validators(Optional.ofNullable(etag), Optional.ofNullable(lastModified));
  }

  public boolean isEmpty() {
    return etag.isEmpty() && lastModified.isEmpty();
  }
}
