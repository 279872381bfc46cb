package org.openseason.api.crawl;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openseason.crawler.Extraction;
import org.openseason.crawler.FetchInfo;
import org.openseason.crawler.Problem;
import org.openseason.crawler.fetch.Validators;
import org.openseason.crawler.source.SourceDefinition;
import org.openseason.crawler.source.SourceFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sources in the database: the bundled ones follow the release, administrators add others; each keeps its
 * schedule, the validators for conditional requests, and its health (failing since, link-rot flag).
 */
@Singleton
public class SourceRegistry {

  private static final Logger LOG = LoggerFactory.getLogger(SourceRegistry.class);

  private final SourceRepository sources;
  private final CrawlSettings settings;
  private final Clock clock;

  SourceRegistry(SourceRepository sources, CrawlSettings settings, Clock clock) {
    this.sources = sources;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Brings the bundled sources into the database: new ones are added, changed ones updated (their health kept),
   * ones the release no longer has are disabled, not deleted. Sources an administrator added are never touched.
   *
   * @param files file name to YAML, as {@link SourceFiles#bundledTexts()} gives them
   */
  @Transactional
  public void syncBundled(Map<String, String> files) {
    Instant now = clock.instant();
    Set<String> released = new HashSet<>();
    for (Map.Entry<String, String> file : files.entrySet()) {
      SourceDefinition definition = SourceFiles.read(file.getKey(), file.getValue());
      String id = definition.spec().id();
      released.add(id);
      Optional<SourceRow> existing = sources.findById(id);
      if (existing.isEmpty()) {
        sources.save(row(definition, file.getValue(), SourceRow.BUNDLED, now));
      } else if (existing.get().origin().equals(SourceRow.BUNDLED)
          && !existing.get().definition().equals(file.getValue())) {
        sources.update(redefined(existing.get(), definition, file.getValue(), now));
      }
    }
    for (SourceRow row : sources.findAllOrderById()) {
      if (row.origin().equals(SourceRow.BUNDLED) && row.enabled() && !released.contains(row.id())) {
        LOG.info("Source {} is no longer bundled: disabled", row.id());
        sources.update(withEnabled(row, false, now));
      }
    }
  }

  /**
   * Adds a source an administrator defined.
   *
   * @throws org.openseason.crawler.source.SourceFileException when the YAML is wrong, naming the field
   * @throws IllegalStateException when a source with its id exists
   */
  @Transactional
  public SourceDefinition add(String yaml) {
    SourceDefinition definition = SourceFiles.readDefinition(yaml);
    if (sources.existsById(definition.spec().id())) {
      throw new IllegalStateException("a source with id '" + definition.spec().id() + "' exists");
    }
    sources.save(row(definition, yaml, SourceRow.ADMIN, clock.instant()));
    return definition;
  }

  public List<SourceRow> all() {
    return sources.findAllOrderById();
  }

  public Optional<SourceRow> find(String id) {
    return sources.findById(id);
  }

  /** The enabled sources whose schedule has come round. */
  public List<SourceRow> due() {
    Instant now = clock.instant();
    return all().stream().filter(row -> row.dueAt(now)).toList();
  }

  /** The definition a row holds, with the validators of its last merged fetch. */
  static SourceDefinition definition(SourceRow row) {
    SourceDefinition d = SourceFiles.readDefinition(row.definition());
    Validators validators = Validators.of(row.etag(), row.lastModified());
    return new SourceDefinition(d.spec().withValidators(validators), d.schedule(), d.licence(), d.attribution(),
        d.enabled(), d.cycle());
  }

  /**
   * Records how a crawl of the source went. Validators are kept only when what was fetched was also merged, so
   * that a page whose merge failed is fetched in full next time.
   *
   * @return the source's link-rot flag after this crawl, if any
   */
  @Transactional
  public Optional<String> recordCrawl(String id, Extraction extraction, boolean merged) {
    Optional<SourceRow> found = sources.findById(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    SourceRow row = found.get();
    FetchInfo fetch = extraction.fetch();
    Instant now = clock.instant();
    boolean ok = fetch.outcome() == FetchInfo.Outcome.FETCHED || fetch.outcome() == FetchInfo.Outcome.NOT_MODIFIED;
    boolean failed = fetch.outcome() == FetchInfo.Outcome.FAILED || (ok && extraction.failed());
    String reason = extraction.problems().stream().filter(Problem::fatal).map(Problem::reason).findFirst()
        .orElse(null);
    Instant failingSince = failed ? (row.failingSince() == null ? now : row.failingSince()) : null;
    String flag = flag(fetch, failingSince, now);
    boolean keepValidators = merged && fetch.outcome() == FetchInfo.Outcome.FETCHED;
    sources.update(new SourceRow(row.id(), row.url(), row.kind(), row.program(), row.definition(), row.origin(),
        row.scheduleSeconds(), row.enabled(),
        keepValidators ? fetch.validators().etag().orElse(null) : row.etag(),
        keepValidators ? fetch.validators().lastModified().orElse(null) : row.lastModified(),
        now, fetch.outcome().key(), reason, fetch.status().orElse(null),
        ok && !failed ? now : row.lastOkAt(), failingSince, flag, row.createdAt(), now));
    return Optional.ofNullable(flag);
  }

  /** {@code gone} at once for 404 and 410; {@code failing} once failures have lasted past the limit. */
  private String flag(FetchInfo fetch, Instant failingSince, Instant now) {
    if (fetch.status().filter(status -> status == 404 || status == 410).isPresent()) {
      return "gone";
    }
    if (failingSince != null && !failingSince.plus(settings.staleAfter()).isAfter(now)) {
      return "failing";
    }
    return null;
  }

  private static SourceRow row(SourceDefinition d, String yaml, String origin, Instant now) {
    return new SourceRow(d.spec().id(), d.spec().url().toString(), d.spec().kind().key(),
        d.spec().program().orElse(null), yaml, origin, d.schedule().toSeconds(), d.enabled(), null, null, null, null,
        null, null, null, null, null, now, now);
  }

  /** A new definition for a known source: a new URL starts without validators. */
  private static SourceRow redefined(SourceRow row, SourceDefinition d, String yaml, Instant now) {
    boolean sameUrl = row.url().equals(d.spec().url().toString());
    return new SourceRow(row.id(), d.spec().url().toString(), d.spec().kind().key(), d.spec().program().orElse(null),
        yaml, row.origin(), d.schedule().toSeconds(), d.enabled(), sameUrl ? row.etag() : null,
        sameUrl ? row.lastModified() : null, row.lastCrawledAt(), row.lastOutcome(), row.lastReason(),
        row.lastStatus(), row.lastOkAt(), row.failingSince(), row.flag(), row.createdAt(), now);
  }

  private static SourceRow withEnabled(SourceRow row, boolean enabled, Instant now) {
    return new SourceRow(row.id(), row.url(), row.kind(), row.program(), row.definition(), row.origin(),
        row.scheduleSeconds(), enabled, row.etag(), row.lastModified(), row.lastCrawledAt(), row.lastOutcome(),
        row.lastReason(), row.lastStatus(), row.lastOkAt(), row.failingSince(), row.flag(), row.createdAt(), now);
  }
}
