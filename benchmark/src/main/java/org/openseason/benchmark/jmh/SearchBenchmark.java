package org.openseason.benchmark.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openseason.index.SearchResult;
import org.openseason.index.Suggestion;

/**
 * The issue's query and a suggestion lookup on one thread, against an index of 10k and 100k programs. Sample
 * time mode, to report percentiles as well as the mean. {@code issueQuery} runs the search every time; {@code
 * issueQueryAgain} asks the index as the application does, so that from the second time on the answer kept on the
 * searcher is returned.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SearchBenchmark {

  @Benchmark
  public SearchResult issueQuery(IndexState state) {
    return state.index.searchUncached(state.issueQuery);
  }

  @Benchmark
  public SearchResult issueQueryAgain(IndexState state) {
    return state.index.search(state.issueQuery);
  }

  /** The issue's query with a random profile each time, answered from the matches kept for its words. */
  @Benchmark
  public SearchResult randomProfile(IndexState state) {
    return state.index.search(state.nextProfile());
  }

  /** The same, with nothing kept: the words, facets and filter run every time. */
  @Benchmark
  public SearchResult randomProfileUncached(IndexState state) {
    return state.index.searchUncached(state.nextProfile());
  }

  @Benchmark
  public List<Suggestion> suggestPre(IndexState state) {
    return state.index.suggest("pre", 8);
  }
}
