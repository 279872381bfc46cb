package org.openseason.crawler;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.openseason.domain.Keyed;

/** The kind of document a source publishes, which decides how it is parsed. */
public enum DocumentKind implements Keyed {
  /** An HTML page. */
  HTML,
  /** A Markdown file (optionally with YAML or TOML front matter), rendered to HTML and then read like HTML. */
  MARKDOWN,
  /** An RSS or Atom feed. */
  FEED;

  /** The kind a previewed URL most likely has, from its media type and the end of its path. */
  public static DocumentKind guess(URI url, Optional<String> mediaType) {
    String type = mediaType.orElse("").toLowerCase(Locale.ROOT);
    String path = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
    if (type.contains("rss") || type.contains("atom") || path.endsWith(".xml") || path.endsWith("/feed")
        || path.endsWith(".rss") || path.endsWith(".atom")) {
      return FEED;
    }
    if (type.contains("markdown") || path.endsWith(".md") || path.endsWith(".markdown")) {
      return MARKDOWN;
    }
    return HTML;
  }
}
