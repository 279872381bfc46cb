package org.openseason.crawler.parse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * CSS selectors parsed once. Jsoup parses a selector given as a string on every call, and parsing allocates and
 * clears a buffer each time: it was a third of the CPU time of a crawl. The selectors are the extractors' own
 * (and a configured table selector), so the cache stays small.
 */
public final class Selectors {

  private static final Map<String, Evaluator> PARSED = new ConcurrentHashMap<>();

  private Selectors() {}

  /** The selector, parsed on first use; a wrong one throws jsoup's {@code Selector.SelectorParseException}. */
  public static Evaluator of(String css) {
    return PARSED.computeIfAbsent(css, QueryParser::parse);
  }
}
