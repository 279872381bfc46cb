package org.openseason.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The query of issue 4's performance goals: text, three facets (kind, interest, compensation), an eligibility
 * filter and the deadline sort. One definition, so the JMH run, the Lucene endpoint and the PostgreSQL endpoint
 * answer the same thing.
 */
public final class IssueQuery {

  /** The countries {@code bench/profiles.lua} draws from, for random profiles in process. */
  public static final List<String> COUNTRIES = List.of("IN", "US", "DE", "BR", "NG", "KE", "PH", "ID", "FR", "GB",
      "CA", "MX", "PK", "BD", "EG", "ZA", "CN", "JP", "PL", "ES");

  /** The query parameters, as {@code SearchParameters.parse} reads them from a URL. */
  public static final Map<String, List<String>> PARAMS = params();

  private IssueQuery() {}

  private static Map<String, List<String>> params() {
    Map<String, List<String>> p = new LinkedHashMap<>();
    p.put("q", List.of("rust compilers"));
    p.put("kind", List.of("mentorship", "summer-of-code"));
    p.put("interest", List.of("open-source"));
    p.put("compensation", List.of("stipend"));
    p.put("age", List.of("19"));
    p.put("student", List.of("yes"));
    p.put("country", List.of("IN"));
    p.put("hours", List.of("20"));
    p.put("eligibility", List.of("eligible-or-maybe"));
    p.put("sort", List.of("deadline"));
    return java.util.Collections.unmodifiableMap(p);
  }

  /** The query string, for wrk and curl. */
  public static String queryString() {
    return PARAMS.entrySet().stream()
        .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + v.replace(" ", "+")))
        .collect(Collectors.joining("&"));
  }

  public static void main(String[] args) {
    System.out.println(queryString());
  }
}
