package org.openseason.api.moderation;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.openseason.api.crawl.FieldOwnership;
import org.openseason.api.crawl.Precedence;
import org.openseason.api.program.ProgramStore;
import org.openseason.api.program.StoredProgram;
import org.openseason.domain.Program;
import org.openseason.domain.Provenance;
import org.openseason.domain.SourceKind;

/**
 * Puts an approved proposal into the live listing: saved through the store as the organizer's (so the whole
 * listing outranks the catalog and crawls), and every field it changed claimed with organizer precedence in the
 * merge's provenance, so that a crawl finding another value later keeps the approved one.
 */
@Singleton
class Publication {

  private final ProgramStore store;
  private final FieldOwnership ownership;
  private final Clock clock;

  Publication(ProgramStore store, FieldOwnership ownership, Clock clock) {
    this.store = store;
    this.ownership = ownership;
    this.clock = clock;
  }

  /** The fields a proposal would change in the live listing (all of them for a new program). */
  List<FieldDiff> diff(Program proposed) {
    return ListingDiff.between(store.find(proposed.slug()).map(StoredProgram::program), proposed);
  }

  /**
   * Publishes a proposal, in the caller's transaction.
   *
   * @param proposed the listing as approved
   * @param subject what is approved ("submission 12"), for the provenance and the history
   * @param moderator who approved it
   * @return the fields that changed
   */
  @Transactional(Transactional.TxType.MANDATORY)
  List<FieldDiff> publish(Program proposed, String subject, String moderator) {
    List<FieldDiff> changed = diff(proposed);
    Instant now = clock.instant();
    Program program = proposed.withProvenance(new Provenance(SourceKind.ORGANIZER,
        proposed.provenance().sourceUrl().or(() -> Optional.of(proposed.homepage())),
        now.atZone(ZoneOffset.UTC).toLocalDate()));
    String note = subject + " approved by " + moderator;
    store.save(program, SourceKind.ORGANIZER, Optional.empty(), note);
    String url = program.provenance().sourceUrl().map(Object::toString).orElse(program.homepage().toString());
    changed.stream().map(FieldDiff::owner).distinct().forEach(field ->
        ownership.claim(program.slug(), field, Precedence.ORGANIZER, subject, url, now, note));
    return changed;
  }
}
