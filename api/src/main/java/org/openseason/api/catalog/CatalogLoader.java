package org.openseason.api.catalog;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openseason.api.program.ListingJson;
import org.openseason.api.program.ProgramStore;
import org.openseason.api.program.StoredProgram;
import org.openseason.domain.Program;
import org.openseason.domain.SourceKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the bundled catalog to the database, idempotently.
 *
 * <p>Precedence: a catalog entry is written when its program is not in the database yet, or when the database
 * still holds an earlier version of the same catalog entry (its fingerprint differs and nobody else changed it
 * since). Once a moderator, an organizer or a crawl has set a program, the catalog never overwrites it.
 */
@Singleton
public class CatalogLoader {

  private static final Logger LOG = LoggerFactory.getLogger(CatalogLoader.class);

  private final ProgramStore store;
  private final ListingJson json;

  CatalogLoader(ProgramStore store, ListingJson json) {
    this.store = store;
    this.json = json;
  }

  /**
   * Applies every program of the catalog in one transaction.
   *
   * @return what was done
   */
  @Transactional
  public Outcome apply(Catalog catalog) {
    long start = System.nanoTime();
    int added = 0;
    int updated = 0;
    int kept = 0;
    List<ProgramStore.Change> changes = new ArrayList<>();
    for (Program program : catalog.programList()) {
      String fingerprint = json.fingerprint(program);
      Optional<StoredProgram> stored = store.find(program.slug());
      if (stored.isEmpty()) {
        changes.add(change(program, fingerprint, "added from the bundled catalog"));
        added++;
      } else if (stored.get().source() == SourceKind.CATALOG
          && !stored.get().catalogFingerprint().equals(Optional.of(fingerprint))) {
        changes.add(change(program, fingerprint, "the bundled catalog changed"));
        updated++;
      } else {
        kept++;
      }
    }
    store.saveAll(changes);
    Outcome outcome = new Outcome(added, updated, kept);
    LOG.info(
        "Catalog applied in {} ms: {} added, {} updated, {} unchanged or set by others",
        (System.nanoTime() - start) / 1_000_000, added, updated, kept);
    return outcome;
  }

  private static ProgramStore.Change change(Program program, String fingerprint, String note) {
    return new ProgramStore.Change(program, SourceKind.CATALOG, Optional.of(fingerprint), note);
  }

  /**
   * What applying the catalog did.
   *
   * @param added programs new to the database
   * @param updated programs whose catalog entry changed since it was last applied
   * @param kept programs left as they were (unchanged, or set by a higher-precedence source)
   */
  public record Outcome(int added, int updated, int kept) {}
}
