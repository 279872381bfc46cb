package org.openseason.api.program;

import io.micronaut.context.event.ApplicationEventPublisher;
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
 * {@link ProgramsChanged} once it is committed.
 */
@Singleton
public class ProgramStore {

  private final ProgramRepository programs;
  private final RevisionRepository revisions;
  private final ListingJson json;
  private final Clock clock;
  private final ApplicationEventPublisher<ProgramsChanged> events;

  ProgramStore(
      ProgramRepository programs,
      RevisionRepository revisions,
      ListingJson json,
      Clock clock,
      ApplicationEventPublisher<ProgramsChanged> events) {
    this.programs = programs;
    this.revisions = revisions;
    this.json = json;
    this.clock = clock;
    this.events = events;
  }

  public Optional<StoredProgram> find(String slug) {
    return programs.findById(slug).map(this::toStored);
  }

  public List<StoredProgram> findAll(List<String> slugs) {
    return programs.findBySlugInList(slugs).stream().map(this::toStored).toList();
  }

  public List<Program> all() {
    return programs.findAll().stream().map(row -> toStored(row).program()).toList();
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
    Instant now = clock.instant();
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
            source.key(),
            catalogFingerprint.orElse(null),
            existing.map(ProgramRow::createdAt).orElse(now),
            now,
            existing.map(ProgramRow::version).orElse(null));
    if (existing.isPresent()) {
      programs.update(row);
    } else {
      programs.save(row);
    }
    revisions.save(new RevisionRow(null, program.slug(), source.key(), listing, now, note));
    events.publishEvent(new ProgramsChanged(List.of(program.slug())));
  }

  public long revisionCount(String slug) {
    return revisions.countBySlug(slug);
  }

  private StoredProgram toStored(ProgramRow row) {
    SourceKind source = Keyed.byKey(SourceKind.class, row.source()).orElse(SourceKind.CATALOG);
    return new StoredProgram(
        json.read(row.listing(), source), source, Optional.ofNullable(row.catalogHash()), row.updatedAt());
  }
}
