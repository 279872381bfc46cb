package org.openseason.api.program;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.model.Pageable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openseason.domain.Keyed;
import org.openseason.domain.Program;
import org.openseason.domain.SourceKind;

/**
 * The programs in the database, the source of truth. Every write keeps a revision and announces the change with
 * {@link ProgramsChanged} once it is committed; the revisions are also a change log that every instance sharing
 * the database follows ({@link #latestRevision()}, {@link #changedBetween}).
 */
@Singleton
public class ProgramStore {

  private final ProgramRepository programs;
  private final RevisionRepository revisions;
  private final ChangeHeadRepository head;
  private final ListingJson json;
  private final Clock clock;
  private final ApplicationEventPublisher<ProgramsChanged> events;

  ProgramStore(
      ProgramRepository programs,
      RevisionRepository revisions,
      ChangeHeadRepository head,
      ListingJson json,
      Clock clock,
      ApplicationEventPublisher<ProgramsChanged> events) {
    this.programs = programs;
    this.revisions = revisions;
    this.head = head;
    this.json = json;
    this.clock = clock;
    this.events = events;
  }

  public Optional<StoredProgram> find(String slug) {
    return programs.findById(slug).map(this::toStored);
  }

  /** Whether a program has this slug, without reading its listing. */
  public boolean exists(String slug) {
    return programs.existsById(slug);
  }

  public List<StoredProgram> findAll(List<String> slugs) {
    return programs.findBySlugInList(slugs).stream().map(this::toStored).toList();
  }

  public List<Program> all() {
    List<Program> all = new java.util.ArrayList<>();
    forEachBatch(1_000, all::addAll);
    return all;
  }

  /**
   * Reads every program in batches, so that a large database never has to fit in memory at once.
   *
   * @param batchSize programs per batch
   * @param consumer called with each batch, in slug order
   */
  public void forEachBatch(int batchSize, java.util.function.Consumer<List<Program>> consumer) {
    String after = "";
    while (true) {
      List<ProgramRow> rows = programs.findBySlugGreaterThanOrderBySlug(after, Pageable.from(0, batchSize));
      if (rows.isEmpty()) {
        return;
      }
      consumer.accept(rows.stream().map(row -> toStored(row).program()).toList());
      after = rows.get(rows.size() - 1).slug();
    }
  }

  public long count() {
    return programs.count();
  }

  /**
   * Inserts or replaces a program and records a revision, in one transaction.
   *
   * @param program the new listing
   * @param source who sets it
   * @param catalogFingerprint the catalog entry's fingerprint when the catalog sets it
   * @param note why it changed, for the history
   */
  @Transactional
  public void save(Program program, SourceKind source, Optional<String> catalogFingerprint, String note) {
    saveAll(List.of(new Change(program, source, catalogFingerprint, note)));
  }

  /**
   * Applies several changes in one transaction, announced together once it commits.
   *
   * @param changes the programs to insert or replace
   */
  @Transactional
  public void saveAll(List<Change> changes) {
    if (changes.isEmpty()) {
      return;
    }
    head.takeTurn();
    Instant now = clock.instant();
    long first = Long.MAX_VALUE;
    long last = 0;
    for (Change change : changes) {
      long revision = write(change, now);
      first = Math.min(first, revision);
      last = Math.max(last, revision);
    }
    events.publishEvent(new ProgramsChanged(changes.stream().map(c -> c.program().slug()).toList(), first, last));
  }

  /** Writes one change and returns its revision number. */
  private long write(Change change, Instant now) {
    Program program = change.program();
    String listing = json.write(program);
    Optional<ProgramRow> existing = programs.findById(program.slug());
    ProgramRow row =
        new ProgramRow(
            program.slug(),
            program.name(),
            program.organizer(),
            program.kind().key(),
            program.lifecycle().key(),
            program.homepage().toString(),
            program.summary(),
            listing,
            change.source().key(),
            change.catalogFingerprint().orElse(null),
            existing.map(ProgramRow::createdAt).orElse(now),
            now,
            existing.map(ProgramRow::version).orElse(null));
    if (existing.isPresent()) {
      programs.update(row);
    } else {
      programs.save(row);
    }
    return revisions.save(new RevisionRow(null, program.slug(), change.source().key(), listing, now, change.note()))
        .id();
  }

  /**
   * One change to save.
   *
   * @param program the new listing
   * @param source who sets it
   * @param catalogFingerprint the catalog entry's fingerprint when the catalog sets it
   * @param note why it changed, for the history
   */
  public record Change(Program program, SourceKind source, Optional<String> catalogFingerprint, String note) {}

  /**
   * A listing's change history, oldest first: when, by whom, and the note (a crawl's names its source and fields).
   *
   * @param changedAt when it changed
   * @param source catalog, crawl, organizer or moderator
   * @param note why
   */
  @Serdeable(naming = SnakeCaseStrategy.class)
  public record Revision(Instant changedAt, String source, String note) {}

  public List<Revision> history(String slug) {
    return revisions.findBySlugOrderByChangedAt(slug).stream()
        .map(r -> new Revision(r.changedAt(), r.source(), r.note() == null ? "" : r.note())).toList();
  }

  /** The change log's head: every change so far has a revision number up to this one. */
  public long latestRevision() {
    return revisions.latestId();
  }

  /**
   * The programs changed after one revision, up to another. Writers take turns (a lock on the change head), so a
   * revision number is never committed after a higher one: nothing between the two can still appear.
   */
  public List<String> changedBetween(long after, long upTo) {
    return revisions.slugsChangedBetween(after, upTo);
  }

  public long revisionCount(String slug) {
    return revisions.countBySlug(slug);
  }

  private StoredProgram toStored(ProgramRow row) {
    SourceKind source = Keyed.byKey(SourceKind.class, row.source()).orElse(SourceKind.CATALOG);
    return new StoredProgram(
        json.read(row.listing(), source), source, Optional.ofNullable(row.catalogHash()), row.updatedAt(),
        row.createdAt());
  }
}
