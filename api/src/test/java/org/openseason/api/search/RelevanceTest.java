package org.openseason.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openseason.api.catalog.Catalog;
import org.openseason.api.catalog.CatalogReader;
import org.openseason.index.ProgramHit;
import org.openseason.index.ProgramIndex;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Ranking quality on the bundled catalog: nDCG@5 over the graded queries of {@code relevance/judgments.yaml}
 * (names, typos, jargon, topics, eligibility profiles), each run through the same parameters as the API.
 */
class RelevanceTest {

  private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");
  private static final int K = 5;
  private static final double REQUIRED = 0.9;

  private static Catalog catalog;
  private static ProgramIndex index;

  @BeforeAll
  static void build() {
    catalog = CatalogReader.fromFolder(Path.of("..", "catalog"));
    index = ProgramIndex.inMemory(catalog.vocabulary());
    index.rebuild(catalog.programList(), NOW);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @Test
  void rankingReachesTheRequiredNdcgAt5() throws IOException {
    List<Map<String, Object>> judgments = judgments();
    double sum = 0;
    List<String> weakest = new ArrayList<>();
    for (Map<String, Object> judgment : judgments) {
      Map<String, Integer> grades = grades(judgment);
      List<String> ranked = search(params(judgment));
      double ndcg = ndcg(ranked, grades);
      sum += ndcg;
      if (ndcg < 0.8) {
        weakest.add(String.format(Locale.ROOT, "%.2f %s -> %s", ndcg, judgment.get("query"), ranked));
      }
    }
    double mean = sum / judgments.size();
    System.out.printf(Locale.ROOT, "nDCG@%d over %d judged queries: %.3f%n", K, judgments.size(), mean);
    weakest.forEach(w -> System.out.println("  weak: " + w));

    assertThat(judgments).hasSizeGreaterThanOrEqualTo(30);
    assertThat(mean).as("mean nDCG@5; weakest: %s", weakest).isGreaterThanOrEqualTo(REQUIRED);
  }

  private static List<String> search(Map<String, List<String>> params) {
    SearchParameters.Query query = SearchParameters.parse(params, catalog.vocabulary(), NOW);
    return index.search(query.request()).hits().stream().map(ProgramHit::slug).limit(K).toList();
  }

  static double ndcg(List<String> ranked, Map<String, Integer> grades) {
    double dcg = 0;
    for (int i = 0; i < Math.min(K, ranked.size()); i++) {
      dcg += gain(grades.getOrDefault(ranked.get(i), 0), i);
    }
    List<Integer> ideal = grades.values().stream().sorted((a, b) -> b - a).limit(K).toList();
    double idcg = 0;
    for (int i = 0; i < ideal.size(); i++) {
      idcg += gain(ideal.get(i), i);
    }
    return idcg == 0 ? 1 : dcg / idcg;
  }

  private static double gain(int grade, int position) {
    return (Math.pow(2, grade) - 1) / (Math.log(position + 2) / Math.log(2));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> judgments() throws IOException {
    try (InputStream in = RelevanceTest.class.getResourceAsStream("/relevance/judgments.yaml")) {
      return (List<Map<String, Object>>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Integer> grades(Map<String, Object> judgment) {
    Map<String, Integer> grades = new LinkedHashMap<>();
    ((Map<String, Object>) judgment.get("relevant")).forEach((slug, grade) -> grades.put(slug, ((Number) grade).intValue()));
    return grades;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, List<String>> params(Map<String, Object> judgment) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    ((Map<String, Object>) judgment.get("query")).forEach((key, value) -> {
      if (value instanceof List<?> list) {
        params.put(key, list.stream().map(String::valueOf).toList());
      } else {
        params.put(key, List.of(String.valueOf(value)));
      }
    });
    return params;
  }
}
