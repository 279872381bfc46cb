package org.openseason.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Search URLs derived from the current one, so that every state of the search page is a link that can be shared,
 * bookmarked and followed without JavaScript.
 */
final class Links {

  private final Map<String, List<String>> params;

  Links(Map<String, List<String>> params) {
    this.params = new LinkedHashMap<>();
    params.forEach((k, v) -> this.params.put(k, List.copyOf(v)));
  }

  /** The same search with a facet value added, or removed when it is selected; back to the first page. */
  String toggle(String facet, String value) {
    Map<String, List<String>> next = copy();
    next.remove("page");
    List<String> values = new ArrayList<>(next.getOrDefault(facet, List.of()));
    if (!values.remove(value)) {
      values.add(value);
    }
    if (values.isEmpty()) {
      next.remove(facet);
    } else {
      next.put(facet, values);
    }
    return href(next);
  }

  String page(int page) {
    Map<String, List<String>> next = copy();
    if (page <= 1) {
      next.remove("page");
    } else {
      next.put("page", List.of(String.valueOf(page)));
    }
    return href(next);
  }

  /** The same filters with other words. */
  String query(String q) {
    Map<String, List<String>> next = copy();
    next.remove("page");
    next.put("q", List.of(q));
    return href(next);
  }

  String sort(String sort) {
    Map<String, List<String>> next = copy();
    next.remove("page");
    next.put("sort", List.of(sort));
    return href(next);
  }

  private Map<String, List<String>> copy() {
    return new LinkedHashMap<>(params);
  }

  static String href(Map<String, List<String>> params) {
    return "/" + QueryString.of(params);
  }
}
