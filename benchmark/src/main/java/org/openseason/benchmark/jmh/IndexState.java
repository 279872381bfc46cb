package org.openseason.benchmark.jmh;

import java.time.Instant;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openseason.api.catalog.CatalogReader;
import org.openseason.api.search.SearchParameters;
import org.openseason.benchmark.IssueQuery;
import org.openseason.benchmark.corpus.SyntheticCorpus;
import org.openseason.domain.InterestVocabulary;
import org.openseason.index.ProgramIndex;
import org.openseason.index.SearchRequest;

/** An in-memory index of {@code programs} synthetic programs, built once per fork and shared by every thread. */
@State(Scope.Benchmark)
public class IndexState {

  @Param({"10000", "100000"})
  public int programs;

  ProgramIndex index;
  SearchRequest issueQuery;
  /** The issue's query with the profiles of {@code bench/profiles.lua}: age, country and hours at random. */
  SearchRequest[] randomProfiles;
  private int next;

  @Setup(Level.Trial)
  public void build() {
    Instant now = Instant.now();
    InterestVocabulary vocabulary = CatalogReader.fromClasspath().vocabulary();
    SyntheticCorpus corpus = new SyntheticCorpus(SyntheticCorpus.DEFAULT_SEED, vocabulary, now);
    index = ProgramIndex.inMemory(vocabulary);
    index.rebuild(consumer -> corpus.forEachBatch(programs, 1_000, consumer), now);
    issueQuery = SearchParameters.parse(IssueQuery.PARAMS, vocabulary, now).request();
    java.util.Random random = new java.util.Random(4);
    randomProfiles = new SearchRequest[4096];
    for (int i = 0; i < randomProfiles.length; i++) {
      java.util.Map<String, java.util.List<String>> params = new java.util.LinkedHashMap<>(IssueQuery.PARAMS);
      params.put("age", java.util.List.of(String.valueOf(16 + random.nextInt(60))));
      params.put("country", java.util.List.of(IssueQuery.COUNTRIES.get(random.nextInt(IssueQuery.COUNTRIES.size()))));
      params.put("hours", java.util.List.of(String.valueOf(5 * (1 + random.nextInt(8)))));
      randomProfiles[i] = SearchParameters.parse(params, vocabulary, now).request();
    }
  }

  /** The next of {@link #randomProfiles}, round the list. */
  SearchRequest nextProfile() {
    next = (next + 1) % randomProfiles.length;
    return randomProfiles[next];
  }

  @TearDown(Level.Trial)
  public void close() {
    index.close();
  }
}
