package org.openseason.crawler;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.openseason.crawler.archive.ReplaySummary;
import org.openseason.crawler.politeness.RequestLog;
import org.openseason.domain.Urls;

/**
 * The crawler library's facade: give it a source, get back an {@link Extraction}; nothing is stored. Polite and
 * safe per {@link CrawlerConfig}: robots.txt, a delay between requests to one host, a limit on concurrent
 * requests, no internal address unless allowed, bounded bodies and times.
 *
 * <pre>{@code
 * try (Crawler crawler = Crawler.create(CrawlerConfig.defaults().withVocabulary(vocabulary))) {
 *   Extraction extraction = crawler.extract(source);          // one bundled or stored source
 *   Extraction preview = crawler.preview(url, DocumentKind.MARKDOWN);  // any URL, default extractors
 *   System.out.println(preview.toMap());                       // plain maps for JSON
 * }
 * }</pre>
 *
 * <p>Lifecycle: create once, use from any number of threads, close to stop the worker threads. No method throws for
 * anything a remote server or a document does; problems are in the extraction.
 */
public final class Crawler implements AutoCloseable {

  private final CrawlerConfig config;
  private final CrawlPipeline pipeline;
  private final ExecutorService workers;

  private Crawler(CrawlerConfig config) {
    this.config = config;
    this.pipeline = CrawlPipeline.assemble(config);
    this.workers = Executors.newFixedThreadPool(config.maxConcurrency(), r -> {
      Thread thread = new Thread(r, "openseason-crawl");
      thread.setDaemon(true);
      return thread;
    });
  }

  public static Crawler create(CrawlerConfig config) {
    return new Crawler(config);
  }

  /** Fetches, parses, extracts and normalizes one source, conditionally when it carries validators. */
  public Extraction extract(SourceSpec source) {
    return pipeline.run(source);
  }

  /**
   * Reads any URL as {@code kind} with the default extractors of that kind. Stores nothing. A URL that is not
   * absolute http(s) gives an extraction with an {@code unsupported-scheme} problem.
   */
  public Extraction preview(URI url, DocumentKind kind) {
    if (!Urls.isWebUrl(url)) {
      return pipeline.refuse(url);
    }
    return pipeline.run(SourceSpec.preview(url, kind));
  }

  /** Reads any URL with the default extractors, its kind taken from its media type and its path. */
  public Extraction preview(URI url) {
    if (!Urls.isWebUrl(url)) {
      return pipeline.refuse(url);
    }
    return pipeline.run(SourceSpec.preview(url, DocumentKind.guess(url, Optional.empty())), Optional.empty());
  }

  /**
   * Extracts every source, {@link CrawlerConfig#maxConcurrency()} at a time, politely.
   *
   * @param onEach told of each extraction as it completes (for a progress bar), from one thread at a time
   * @return the extractions, in the order of {@code sources}
   * @throws IllegalStateException only when the calling thread is interrupted, or a bug escapes a worker
   */
  public List<Extraction> extractAll(List<SourceSpec> sources, Consumer<Extraction> onEach) {
    List<Future<Extraction>> futures = new ArrayList<>(sources.size());
    for (SourceSpec source : sources) {
      futures.add(workers.submit(() -> {
        Extraction extraction = pipeline.run(source);
        synchronized (onEach) {
          onEach.accept(extraction);
        }
        return extraction;
      }));
    }
    List<Extraction> extractions = new ArrayList<>(sources.size());
    for (Future<Extraction> future : futures) {
      try {
        extractions.add(future.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("the crawl was interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("a crawl worker failed", e.getCause());
      }
    }
    return extractions;
  }

  /**
   * Fetches one document as the crawl would (address guard, robots.txt, politeness), without parsing it: for
   * checks that need the bytes themselves, such as a verification token on a program's homepage.
   */
  public org.openseason.crawler.fetch.FetchResult fetch(URI url, long maxBytes) {
    return pipeline.fetchOnly(org.openseason.crawler.fetch.FetchRequest.of(url, maxBytes));
  }

  /** What the web archive being replayed holds and what is wrong in it; empty for a live crawl. */
  public Optional<ReplaySummary> replay() {
    return pipeline.replay();
  }

  /** The start of every request made so far, per host, to check politeness. */
  public RequestLog requestLog() {
    return pipeline.politeness().log();
  }

  public CrawlerConfig config() {
    return config;
  }

  @Override
  public void close() {
    workers.shutdownNow();
    pipeline.close();
  }
}
