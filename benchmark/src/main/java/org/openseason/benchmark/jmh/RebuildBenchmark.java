package org.openseason.benchmark.jmh;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openseason.api.catalog.CatalogReader;
import org.openseason.benchmark.corpus.SyntheticCorpus;
import org.openseason.domain.InterestVocabulary;
import org.openseason.domain.Program;
import org.openseason.index.ProgramIndex;

/**
 * A full rebuild of an in-memory index from programs already in memory, in batches of 1,000 as {@code
 * SearchService#rebuild} hands them over: the index's share of a rebuild, without the database. Each rebuild is
 * long, so each is one timed shot.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class RebuildBenchmark {

  @Param({"10000", "100000"})
  public int programs;

  private List<List<Program>> batches;
  private ProgramIndex index;
  private Instant now;

  @Setup(Level.Trial)
  public void generate() {
    now = Instant.now();
    InterestVocabulary vocabulary = CatalogReader.fromClasspath().vocabulary();
    batches = batches(new SyntheticCorpus(SyntheticCorpus.DEFAULT_SEED, vocabulary, now).programs(programs));
    index = ProgramIndex.inMemory(vocabulary);
  }

  /** Programs in batches of 1,000, as {@code SearchService#rebuild} hands them to the index. */
  static List<List<Program>> batches(List<Program> all) {
    List<List<Program>> batches = new java.util.ArrayList<>();
    for (int from = 0; from < all.size(); from += 1_000) {
      batches.add(all.subList(from, Math.min(all.size(), from + 1_000)));
    }
    return batches;
  }

  @Benchmark
  public int rebuild() {
    index.rebuild(consumer -> batches.forEach(consumer), now);
    return index.size();
  }

  @TearDown(Level.Trial)
  public void close() {
    index.close();
  }
}
