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

  @Setup(Level.Trial)
  public void build() {
    Instant now = Instant.now();
    InterestVocabulary vocabulary = CatalogReader.fromClasspath().vocabulary();
    SyntheticCorpus corpus = new SyntheticCorpus(SyntheticCorpus.DEFAULT_SEED, vocabulary, now);
    index = ProgramIndex.inMemory(vocabulary);
    index.rebuild(consumer -> corpus.forEachBatch(programs, 1_000, consumer), now);
    issueQuery = SearchParameters.parse(IssueQuery.PARAMS, vocabulary, now).request();
  }

  @TearDown(Level.Trial)
  public void close() {
    index.close();
  }
}
