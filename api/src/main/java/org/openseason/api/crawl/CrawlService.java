package org.openseason.api.crawl;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openseason.api.program.ProgramStore;
import org.openseason.api.program.StoredProgram;
import org.openseason.crawler.Crawler;
import org.openseason.crawler.Extraction;
import org.openseason.crawler.SourceSpec;
import org.openseason.crawler.source.SourceDefinition;
import org.openseason.crawler.source.SourceFileException;
import org.openseason.domain.Cycle;
import org.openseason.domain.Lifecycle;
import org.openseason.domain.Program;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs crawls: picks the sources, lets the crawler fetch and extract them, merges each extraction as it arrives
 * while the others are still being fetched (one transaction per source, so one bad source loses nothing else),
 * records each source's health and stores the run's report. One crawl at a time.
 */
@Singleton
public class CrawlService {

  private static final Logger LOG = LoggerFactory.getLogger(CrawlService.class);

  private final Provider<Crawler> crawler;
  private final SourceRegistry registry;
  private final CrawlMerger merger;
  private final ProgramStore store;
  private final RunRepository runs;
  private final JsonMapper json;
  private final CrawlSettings settings;
  private final Clock clock;
  private final AtomicBoolean running = new AtomicBoolean();

  CrawlService(Provider<Crawler> crawler, SourceRegistry registry, CrawlMerger merger, ProgramStore store,
      RunRepository runs, JsonMapper json, CrawlSettings settings, Clock clock) {
    this.crawler = crawler;
    this.registry = registry;
    this.merger = merger;
    this.store = store;
    this.runs = runs;
    this.json = json;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Which sources to crawl.
   *
   * @param trigger cli, schedule or admin, for the report
   * @param sources these sources by id, crawled even when not due or disabled; empty for the others
   * @param all every enabled source, due or not; otherwise only the due ones
   */
  public record Request(String trigger, List<String> sources, boolean all) {
    public Request {
      sources = List.copyOf(sources);
    }
  }

  /** Told of the crawl's progress, from one thread at a time. */
  public interface Progress {
    void started(int sources);

    void finished(SourceResult result);

    Progress NONE = new Progress() {
      @Override
      public void started(int sources) {}

      @Override
      public void finished(SourceResult result) {}
    };
  }

  /** A crawl was asked for while one runs. */
  public static final class AlreadyRunning extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AlreadyRunning() {
      super("a crawl is already running");
    }
  }

  /** No source has the id asked for. */
  public static final class UnknownSource extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnknownSource(String id) {
      super("no source has the id '" + id + "'");
    }
  }

  /**
   * Crawls the sources asked for and stores the report.
   *
   * @throws AlreadyRunning when a crawl runs
   * @throws UnknownSource when {@link Request#sources()} names an unknown source
   */
  public CrawlReport crawl(Request request, Progress progress) {
    if (!running.compareAndSet(false, true)) {
      throw new AlreadyRunning();
    }
    try {
      return run(request, progress);
    } finally {
      running.set(false);
    }
  }

  public boolean isRunning() {
    return running.get();
  }

  private CrawlReport run(Request request, Progress progress) {
    Instant started = clock.instant();
    List<SourceRow> rows = select(request);
    Map<String, SourceDefinition> definitions = new LinkedHashMap<>();
    List<SourceResult> results = new ArrayList<>();
    for (SourceRow row : rows) {
      try {
        definitions.put(row.id(), SourceRegistry.definition(row));
      } catch (SourceFileException | IllegalArgumentException e) {
        results.add(unreadableDefinition(row, e.getMessage()));
      }
    }
    progress.started(rows.size());
    results.forEach(progress::finished);
    // One pass over the programs, batch by batch: what candidates are matched against, and which look inactive.
    ProgramMatcher matcher = new ProgramMatcher(List.of());
    Set<String> inactive = new LinkedHashSet<>();
    Instant limit = started.minus(settings.inactiveAfter());
    store.forEachBatch(1_000, batch -> batch.forEach(program -> {
      matcher.add(program);
      if (possiblyInactive(program, limit)) {
        inactive.add(program.slug());
      }
    }));
    List<SourceSpec> specs = definitions.values().stream().map(SourceDefinition::spec).toList();
    fetchWhileMerging(specs, extraction -> {
      SourceResult result = mergeOne(definitions.get(extraction.sourceId().orElse("")), extraction, matcher);
      results.add(result);
      progress.finished(result);
    });
    // Only the programs the crawl changed can have stopped (or started) looking inactive.
    List<String> changed = results.stream().flatMap(r -> r.changedPrograms().stream()).distinct().toList();
    inactive.removeAll(changed);
    (changed.isEmpty() ? List.<StoredProgram>of() : store.findAll(changed)).stream().map(StoredProgram::program).filter(p -> possiblyInactive(p, limit))
        .forEach(p -> inactive.add(p.slug()));
    List<String> flagged = registry.all().stream().filter(r -> r.flag() != null).map(r -> r.id() + " (" + r.flag() + ")")
        .toList();
    CrawlReport report = CrawlReport.of(started, clock.instant(), request.trigger(), results, flagged,
        List.copyOf(inactive), specs.isEmpty() ? null : archive());
    RunRow row = runs.save(new RunRow(null, report.startedAt(), report.finishedAt(), report.trigger(),
        report.counts().sources(), report.counts().fetched(), report.counts().notModified(),
        report.counts().disallowed(), report.counts().failed(), report.counts().extracted(),
        report.counts().newItems(), report.counts().changedPrograms(), write(report)));
    LOG.info("Crawl {} ({}): {}", row.id(), request.trigger(), report.counts());
    return report.withId(row.id());
  }

  /**
   * The crawler fetches and extracts on its own threads while this thread merges what has arrived, one source at
   * a time: fetching and storing overlap, and merges never run concurrently.
   */
  private void fetchWhileMerging(List<SourceSpec> specs, java.util.function.Consumer<Extraction> merge) {
    BlockingQueue<Extraction> arrived = new LinkedBlockingQueue<>();
    ExecutorService fetcher = Executors.newSingleThreadExecutor(r -> {
      Thread thread = new Thread(r, "openseason-crawl-run");
      thread.setDaemon(true);
      return thread;
    });
    try {
      Future<?> fetching = fetcher.submit(() -> crawler.get().extractAll(specs, arrived::add));
      int merged = 0;
      while (merged < specs.size()) {
        Extraction extraction = arrived.poll(200, TimeUnit.MILLISECONDS);
        if (extraction != null) {
          merge.accept(extraction);
          merged++;
        } else if (fetching.isDone()) {
          fetching.get();
          throw new IllegalStateException("the crawler stopped before every source was read");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the crawl was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the crawler failed", e.getCause());
    } finally {
      fetcher.shutdownNow();
    }
  }

  private List<SourceRow> select(Request request) {
    if (!request.sources().isEmpty()) {
      List<SourceRow> chosen = new ArrayList<>();
      for (String id : new java.util.LinkedHashSet<>(request.sources())) {
        chosen.add(registry.find(id).orElseThrow(() -> new UnknownSource(id)));
      }
      return chosen;
    }
    return request.all() ? registry.all().stream().filter(SourceRow::enabled).toList() : registry.due();
  }

  /** Merges one extraction and records the source's health; a merge that fails is a problem of that source. */
  private SourceResult mergeOne(SourceDefinition definition, Extraction extraction, ProgramMatcher matcher) {
    String id = definition.spec().id();
    SourceResult result;
    boolean merged;
    try {
      result = merger.merge(definition, extraction, matcher);
      merged = true;
    } catch (RuntimeException e) {
      LOG.warn("Merging source {} failed", id, e);
      result = new SourceResult(id, extraction.fetch().finalUrl().toString(), "failed",
          extraction.fetch().status().orElse(null), "merge-failed", extraction.programs().size(),
          extraction.projects().size(), extraction.milestones().size(), extraction.announcements().size(),
          List.of(), List.of(), List.of(), 0, 0,
          List.of(new SourceResult.ProblemView("merge", "merge-failed", String.valueOf(e.getMessage()), true)),
          null);
      merged = false;
    }
    return result.withFlag(registry.recordCrawl(id, extraction, merged).orElse(null));
  }

  private static SourceResult unreadableDefinition(SourceRow row, String message) {
    return new SourceResult(row.id(), row.url(), "failed", null, "bad-definition", 0, 0, 0, 0, List.of(), List.of(),
        List.of(), 0, 0, List.of(new SourceResult.ProblemView("registry", "bad-definition", message, true)), null);
  }

  /**
   * An active program that takes people in dated rounds and whose last dated step is older than {@code limit}
   * ({@link CrawlSettings#inactiveAfter()} ago): a moderator should check whether it still runs. Nothing is changed.
   */
  static boolean possiblyInactive(Program program, Instant limit) {
    if (program.lifecycle() != Lifecycle.ACTIVE || program.cycles().stream().anyMatch(Cycle::rolling)) {
      return false;
    }
    return program.cycles().stream().flatMap(c -> c.milestones().stream()).map(m -> m.lastInstant())
        .max(Instant::compareTo).filter(last -> last.isBefore(limit)).isPresent();
  }

  /** The web archive a replaying crawler reads, and what is wrong in it; null for a live crawl. */
  private CrawlReport.Archive archive() {
    return crawler.get().replay().map(summary -> new CrawlReport.Archive(summary.file().toString(),
        summary.responses(), summary.problems().stream().map(p -> new SourceResult.ProblemView("archive",
            p.reason().key(), p.describe(), false)).toList())).orElse(null);
  }

  /** True when a scheduled crawl would have anything to do. */
  public boolean anySourceDue() {
    return !registry.due().isEmpty();
  }

  /** The latest reports, newest first. */
  public List<CrawlReport> latest(int count) {
    return runs.findAllOrderByIdDesc(io.micronaut.data.model.Pageable.from(0, count)).stream()
        .map(this::read).toList();
  }

  public Optional<CrawlReport> report(long id) {
    return runs.findById(id).map(this::read);
  }

  private CrawlReport read(RunRow row) {
    try {
      return json.readValue(row.report(), CrawlReport.class).withId(row.id());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String write(CrawlReport report) {
    try {
      return json.writeValueAsString(report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
