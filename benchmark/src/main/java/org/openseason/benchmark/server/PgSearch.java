package org.openseason.benchmark.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openseason.index.EligibilityFilter;
import org.openseason.index.Facet;
import org.openseason.index.FacetCount;
import org.openseason.index.ProgramHit;
import org.openseason.index.SearchRequest;
import org.openseason.index.SearchResult;
import org.openseason.index.SortOrder;

/**
 * A {@link SearchRequest} answered by PostgreSQL full-text search over {@link PgSearchTable}, in two statements:
 * the total and every facet's counts in one (a materialized CTE of the text and eligibility matches, then one
 * {@code GROUP BY} per facet with the other facets' selections applied, as drill-sideways counts them), and the
 * page of results in the other.
 *
 * <p>Simplifications against the Lucene side, all of which make PostgreSQL's work lighter: words are matched with
 * {@code websearch_to_tsquery} (every word, "phrases", -exclusions) without synonyms, typo correction or the
 * some-words fallback; no snippets and no matching project ideas; relevance is {@code ts_rank} without the status
 * and prominence boosts; the organizer and region facets are not counted.
 */
final class PgSearch {

  private static final List<Facet> COUNTED = List.of(
      Facet.KIND, Facet.INTEREST, Facet.STATUS, Facet.COMPENSATION, Facet.PARTICIPATION, Facet.LIFECYCLE);
  private static final String TSQUERY = "websearch_to_tsquery('english', ?)";

  private PgSearch() {}

  static SearchResult search(Connection c, SearchRequest request) throws SQLException {
    Where matches = new Where();
    if (!request.text().isBlank()) {
      matches.add("doc @@ " + TSQUERY, request.text());
    }
    request.eligibility().ifPresent(e -> PgEligibility.notEligibleExcluded(matches, e, today(request)));
    Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
    long total = counts(c, request, matches, facets);
    List<ProgramHit> hits = page(c, request, matches);
    return new SearchResult(total, hits, facets, Optional.empty(), false);
  }

  private static LocalDate today(SearchRequest request) {
    return request.now().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static long counts(Connection c, SearchRequest request, Where matches, Map<Facet, List<FacetCount>> facets)
      throws SQLException {
    StringBuilder sql = new StringBuilder("WITH base AS MATERIALIZED (SELECT ")
        .append("kind, interests, status, compensation, participation, lifecycle FROM ")
        .append(PgSearchTable.TABLE).append(matches.sql()).append(")\n");
    List<Object> params = new ArrayList<>(matches.params());
    Where all = facetFilters(request, null);
    sql.append("SELECT 'total' AS facet, NULL AS value, count(*) AS n FROM base").append(all.sql());
    params.addAll(all.params());
    for (Facet facet : COUNTED) {
      Where others = facetFilters(request, facet);
      String column = column(facet);
      String from = facet == Facet.INTEREST ? "base CROSS JOIN LATERAL unnest(interests) AS v" : "base";
      String value = facet == Facet.INTEREST ? "v" : column;
      sql.append("\nUNION ALL SELECT '").append(facet.key()).append("', ").append(value).append(", count(*) FROM ")
          .append(from).append(others.sql()).append(" GROUP BY ").append(value);
      params.addAll(others.params());
    }
    long total = 0;
    Map<Facet, List<FacetCount>> unsorted = new EnumMap<>(Facet.class);
    try (PreparedStatement ps = prepare(c, sql.toString(), params); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String facet = rs.getString(1);
        if (facet.equals("total")) {
          total = rs.getLong(3);
        } else {
          Facet f = Facet.byKey(facet).orElseThrow();
          unsorted.computeIfAbsent(f, k -> new ArrayList<>()).add(new FacetCount(rs.getString(2), rs.getInt(3)));
        }
      }
    }
    for (Facet facet : Facet.values()) {
      List<FacetCount> values = new ArrayList<>(unsorted.getOrDefault(facet, List.of()));
      values.sort((a, b) -> a.count() != b.count() ? Integer.compare(b.count(), a.count()) : a.value().compareTo(b.value()));
      facets.put(facet, values);
    }
    return total;
  }

  private static List<ProgramHit> page(Connection c, SearchRequest request, Where matches) throws SQLException {
    boolean text = !request.text().isBlank();
    StringBuilder sql = new StringBuilder("SELECT ").append(String.join(", ", PgSearchTable.CARD))
        .append(text ? ", ts_rank(doc, " + TSQUERY + ") AS rank" : ", 0 AS rank")
        .append(" FROM ").append(PgSearchTable.TABLE);
    List<Object> params = new ArrayList<>();
    if (text) {
      params.add(request.text());
    }
    Where where = matches.and(facetFilters(request, null));
    sql.append(where.sql()).append(" ORDER BY ").append(order(request.sort())).append(" LIMIT ? OFFSET ?");
    params.addAll(where.params());
    params.add(request.limit());
    params.add(request.offset());
    List<ProgramHit> hits = new ArrayList<>();
    try (PreparedStatement ps = prepare(c, sql.toString(), params); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        hits.add(PgCard.read(rs));
      }
    }
    return hits;
  }

  private static String order(SortOrder sort) {
    return switch (sort) {
      case RELEVANCE -> "rank DESC, name";
      case DEADLINE -> "deadline ASC NULLS LAST, rank DESC, name";
      case NEWEST, STIPEND -> throw new IllegalArgumentException("the bench endpoint sorts by relevance or deadline");
    };
  }

  /** The selections of every facet but {@code except}. */
  private static Where facetFilters(SearchRequest request, Facet except) {
    Where where = new Where();
    request.filters().forEach((facet, values) -> {
      if (facet != except) {
        String[] array = values.toArray(String[]::new);
        if (facet == Facet.INTEREST) {
          where.add("interests && ?", (Object) array);
        } else {
          where.add(column(facet) + " = ANY (?)", (Object) array);
        }
      }
    });
    return where;
  }

  private static String column(Facet facet) {
    return switch (facet) {
      case KIND -> "kind";
      case INTEREST -> "interests";
      case STATUS -> "status";
      case COMPENSATION -> "compensation";
      case PARTICIPATION -> "participation";
      case LIFECYCLE -> "lifecycle";
      case ORGANIZER -> "organizer";
      case REGION -> throw new IllegalArgumentException("the bench endpoint does not filter by region");
    };
  }

  private static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    for (int i = 0; i < params.size(); i++) {
      Object p = params.get(i);
      if (p instanceof String[] array) {
        ps.setArray(i + 1, c.createArrayOf("text", array));
      } else {
        ps.setObject(i + 1, p);
      }
    }
    return ps;
  }

  /** Conditions joined by AND, with their parameters in order. */
  static final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    void add(String condition, Object... values) {
      conditions.add(condition);
      params.addAll(List.of(values));
    }

    Where and(Where other) {
      Where both = new Where();
      both.conditions.addAll(conditions);
      both.conditions.addAll(other.conditions);
      both.params.addAll(params);
      both.params.addAll(other.params);
      return both;
    }

    String sql() {
      return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    List<Object> params() {
      return params;
    }
  }

  /** Requests the bench endpoint cannot answer as the product does are refused rather than answered wrongly. */
  static Optional<String> unsupported(SearchRequest request) {
    if (request.filters().containsKey(Facet.REGION)) {
      return Optional.of("region");
    }
    if (request.sort() == SortOrder.NEWEST || request.sort() == SortOrder.STIPEND) {
      return Optional.of("sort");
    }
    if (request.eligibility().map(EligibilityFilter::includeMaybe).equals(Optional.of(false))) {
      return Optional.of("eligibility");
    }
    return Optional.empty();
  }
}
