package org.openseason.api.search;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openseason.api.program.ProgramStore;
import org.openseason.api.program.ProgramsChanged;
import org.openseason.api.program.StoredProgram;
import org.openseason.domain.Program;
import org.openseason.index.ProgramIndex;
import org.openseason.index.SearchRequest;
import org.openseason.index.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index in step with the database: rebuilt at start, updated after every committed change of this
 * instance, following the database's change log for the changes of other instances, and refreshed when a
 * program's status changes with time (a deadline passing).
 */
@Singleton
public class SearchService {

  private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);

  private final ProgramIndex index;
  private final ProgramStore store;
  private final Clock clock;
  private final Set<String> excluding = java.util.concurrent.ConcurrentHashMap.newKeySet();
  /** The last revision of the change log in the index; -1 until the first rebuild. */
  private long followed = -1;

  SearchService(ProgramIndex index, ProgramStore store, Clock clock) {
    this.index = index;
    this.store = store;
    this.clock = clock;
  }

  public SearchResult search(SearchRequest request) {
    return index.search(request);
  }

  /** Changes whenever the index does ({@link ProgramIndex#generation()}). */
  public long generation() {
    return index.generation();
  }

  /** Replaces the index with what the database holds. */
  public synchronized void rebuild() {
    long start = System.nanoTime();
    // Read before the programs: a change committed during the rebuild is then applied again by follow(), not lost.
    long revision = store.latestRevision();
    int[] count = {0};
    index.rebuild(consumer -> store.forEachBatch(1_000, batch -> {
      batch.forEach(this::noteExcluded);
      count[0] += batch.size();
      consumer.accept(batch);
    }), clock.instant());
    followed = revision;
    LOG.info("Index rebuilt: {} programs in {} ms", count[0], (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * Applies what other instances sharing the database changed (this instance's own changes arrive at once through
   * {@link #onChange}): the change log is read from the revision last applied.
   */
  @Scheduled(fixedDelay = "${openseason.follow-every:200ms}", initialDelay = "1s")
  synchronized void follow() {
    if (followed < 0) {
      return;
    }
    long head = store.latestRevision();
    if (head > followed) {
      try {
        reindex(store.changedBetween(followed, head));
        followed = head;
      } catch (IllegalStateException closing) {
        // The index closes when the application stops, possibly while a follow is due: nothing is lost, the
        // next start rebuilds the index from the database.
        LOG.debug("Change log not followed: {}", closing.getMessage());
      }
    }
  }

  /** The change log's revision the index has applied, -1 before the first rebuild. */
  public synchronized long followedRevision() {
    return followed;
  }

  @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
  synchronized void onChange(ProgramsChanged changed) {
    reindex(changed.slugs());
    // When nothing of another instance lies between, the change log is applied up to this change: follow() need
    // not re-index it a second time. Otherwise follow() will, which costs time but is still right.
    if (followed >= 0 && changed.firstRevision() == followed + 1) {
      followed = changed.lastRevision();
    }
  }

  /** Re-indexes the programs whose status may have changed since they were indexed. */
  @Scheduled(fixedDelay = "${openseason.status-refresh:1m}", initialDelay = "1m")
  void refreshStatuses() {
    List<String> stale = index.staleAt(clock.instant());
    if (!stale.isEmpty()) {
      reindex(stale);
    }
  }

  private void reindex(List<String> slugs) {
    List<Program> found = store.findAll(slugs).stream().map(StoredProgram::program).toList();
    found.forEach(this::noteExcluded);
    Set<String> present = found.stream().map(Program::slug).collect(Collectors.toSet());
    index.update(found, slugs.stream().filter(s -> !present.contains(s)).toList(), clock.instant());
  }

  private void noteExcluded(Program program) {
    excluding.addAll(program.eligibility().excludesPastParticipantsOf());
  }

  /**
   * The programs whose past participants some program excludes, slug to name: the only past participation worth
   * asking a person about.
   */
  public java.util.Map<String, String> excludingPrograms() {
    java.util.Map<String, String> names = new java.util.TreeMap<>();
    excluding.forEach(slug -> names.put(slug, nameOf(slug)));
    return names;
  }

  /** A program's name by its slug, or the slug when no program has it. */
  public String nameOf(String slug) {
    return index.name(slug).orElse(slug);
  }

  public int indexedPrograms() {
    return index.size();
  }
}
