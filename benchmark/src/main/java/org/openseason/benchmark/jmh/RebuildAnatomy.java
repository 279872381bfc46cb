package org.openseason.benchmark.jmh;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.store.FSDirectory;
import org.openseason.api.catalog.CatalogReader;
import org.openseason.benchmark.corpus.SyntheticCorpus;
import org.openseason.domain.InterestVocabulary;
import org.openseason.domain.Program;
import org.openseason.index.ProgramIndex;

/**
 * Rebuilds an index of N synthetic programs several times in one process and prints, per rebuild, the wall time,
 * the CPU time of the whole process and the time in garbage collection; then the tokens indexed per field.
 *
 * <p>A companion to {@link RebuildBenchmark} for comparing two builds of the index: CPU seconds vary less than wall
 * seconds on a shared machine, the first rebuilds show how much of a cold start is the JIT's, and the tokens per
 * field show what an index design change removed.
 *
 * <pre>java -cp ... org.openseason.benchmark.jmh.RebuildAnatomy [programs] [rebuilds]   (defaults 30000 5)</pre>
 */
public final class RebuildAnatomy {

  private RebuildAnatomy() {}

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
    int rebuilds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Instant now = Instant.now();
    InterestVocabulary vocabulary = CatalogReader.fromClasspath().vocabulary();
    List<List<Program>> batches =
        RebuildBenchmark.batches(new SyntheticCorpus(SyntheticCorpus.DEFAULT_SEED, vocabulary, now).programs(n));
    Path folder = Files.createTempDirectory("openseason-rebuild-anatomy");
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    try (ProgramIndex index = ProgramIndex.open(folder, vocabulary)) {
      for (int r = 0; r < rebuilds; r++) {
        long wall = System.nanoTime();
        long cpu = os.getProcessCpuTime();
        long gc = gcMillis();
        index.rebuild(consumer -> batches.forEach(consumer), now);
        System.out.printf("rebuild %d: %.1f s, cpu %.1f s, gc %.1f s%n", r, (System.nanoTime() - wall) / 1e9,
            (os.getProcessCpuTime() - cpu) / 1e9, (gcMillis() - gc) / 1e3);
      }
    }
    printTokens(folder);
    try (var paths = Files.walk(folder)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }

  private static void printTokens(Path folder) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder))) {
      System.out.printf("documents %,d in %d segments%n", reader.maxDoc(), reader.leaves().size());
      Map<String, Long> tokens = new TreeMap<>();
      for (FieldInfo field : FieldInfos.getMergedFieldInfos(reader)) {
        if (field.getIndexOptions() != IndexOptions.NONE) {
          tokens.put(field.name + " (" + field.getIndexOptions() + ")", reader.getSumTotalTermFreq(field.name));
        }
      }
      tokens.forEach((field, count) -> System.out.printf("%-64s %,14d%n", field, count));
      System.out.printf("%-64s %,14d%n", "tokens", tokens.values().stream().mapToLong(Long::longValue).sum());
    }
  }
}
