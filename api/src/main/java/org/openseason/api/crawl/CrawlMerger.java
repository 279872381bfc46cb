package org.openseason.api.crawl;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openseason.api.program.ProgramStore;
import org.openseason.api.program.StoredProgram;
import org.openseason.crawler.Announcement;
import org.openseason.crawler.Extraction;
import org.openseason.crawler.FetchInfo;
import org.openseason.crawler.Problem;
import org.openseason.crawler.ProgramCandidate;
import org.openseason.crawler.source.SourceDefinition;
import org.openseason.domain.Keyed;
import org.openseason.domain.Program;
import org.openseason.domain.Provenance;
import org.openseason.domain.SourceKind;

/**
 * Stores what one source gave, in one transaction: listing changes (with a revision each and the provenance of
 * every field set), candidates for programs no listing matches, and announcements. Either all of it is stored or
 * nothing is.
 */
@Singleton
class CrawlMerger {

  private final ProgramStore store;
  private final FieldRepository fields;
  private final FieldOwnership ownership;
  private final CandidateRepository candidates;
  private final AnnouncementRepository announcements;

  CrawlMerger(ProgramStore store, FieldRepository fields, FieldOwnership ownership, CandidateRepository candidates,
      AnnouncementRepository announcements) {
    this.store = store;
    this.fields = fields;
    this.ownership = ownership;
    this.candidates = candidates;
    this.announcements = announcements;
  }

  /**
   * Merges an extraction of a source; nothing is merged when the source was not fetched in full or could not be
   * read.
   *
   * @param matcher resolves program candidates to listings
   * @return what was done, for the report
   */
  @Transactional
  public SourceResult merge(SourceDefinition source, Extraction extraction, ProgramMatcher matcher) {
    Tally tally = new Tally();
    FetchInfo fetch = extraction.fetch();
    if (fetch.outcome() == FetchInfo.Outcome.FETCHED && !extraction.failed()) {
      Origin origin = new Origin(source.spec().id(), fetch.finalUrl(),
          source.spec().program().isPresent() ? Precedence.OWN_SITE : Precedence.LIST, source.cycle(),
          fetch.fetchedAt());
      if (source.spec().program().isPresent()) {
        ownSite(source.spec().program().get(), origin, extraction, matcher, tally);
      } else {
        list(origin, extraction, matcher, tally);
      }
      store.saveAll(tally.changes);
    }
    return result(extraction, tally);
  }

  private void ownSite(String slug, Origin origin, Extraction e, ProgramMatcher matcher, Tally tally) {
    Optional<StoredProgram> stored = store.find(slug);
    if (stored.isEmpty()) {
      tally.problems.add(new SourceResult.ProblemView("merge", "unknown-program",
          "the source feeds '" + slug + "', which is no listing", false));
      return;
    }
    Optional<ProgramCandidate> page = e.programs().stream()
        .filter(c -> matcher.match(c).filter(slug::equals).isPresent()).findFirst()
        .or(() -> e.programs().size() == 1 ? Optional.of(e.programs().get(0)) : Optional.empty());
    ListingMerge.Result result = ListingMerge.merge(stored.get().program(), owners(stored.get()), origin, page,
        e.milestones(), e.projects());
    apply(stored.get(), origin, result, tally);
    for (Announcement announcement : e.announcements()) {
      announce(slug, origin, announcement, tally);
    }
  }

  /** A third-party list: each row matched to a listing fills what the listing lacks; others become candidates. */
  private void list(Origin origin, Extraction e, ProgramMatcher matcher, Tally tally) {
    Map<String, ProgramCandidate> matched = new LinkedHashMap<>();
    for (ProgramCandidate candidate : e.programs()) {
      Optional<String> slug = matcher.match(candidate);
      if (slug.isPresent()) {
        matched.putIfAbsent(slug.get(), candidate);
      } else {
        candidate(origin, candidate, tally);
      }
    }
    for (Map.Entry<String, ProgramCandidate> entry : matched.entrySet()) {
      Optional<StoredProgram> stored = store.find(entry.getKey());
      if (stored.isPresent()) {
        ListingMerge.Result result = ListingMerge.merge(stored.get().program(), owners(stored.get()), origin,
            Optional.of(entry.getValue()), List.of(), List.of());
        apply(stored.get(), origin, result, tally);
      }
    }
    int unattached = e.milestones().size() + e.projects().size() + e.announcements().size();
    if (unattached > 0) {
      tally.problems.add(new SourceResult.ProblemView("merge", "no-program",
          unattached + " dates, ideas or announcements were read but the source feeds no program", false));
    }
  }

  private void apply(StoredProgram stored, Origin origin, ListingMerge.Result result, Tally tally) {
    String slug = stored.program().slug();
    result.kept().forEach(field -> tally.kept.add(slug + ": " + field));
    if (!result.changedAnything()) {
      return;
    }
    Program program = result.program().withProvenance(new Provenance(SourceKind.CRAWL, Optional.of(origin.url()),
        origin.fetchedAt().atZone(ZoneOffset.UTC).toLocalDate()));
    List<String> names = result.changed().stream().map(FieldChange::field).toList();
    String note = "crawl " + origin.sourceId() + ": " + String.join(", ", names);
    tally.changes.add(new ProgramStore.Change(program, SourceKind.CRAWL, Optional.empty(),
        note.length() > 500 ? note.substring(0, 499) + "…" : note));
    tally.changedPrograms.add(slug);
    for (FieldChange change : result.changed()) {
      tally.changedFields.add(slug + ": " + change.field());
      ownership.claim(slug, change.field(), origin.precedence(), origin.sourceId(), origin.url().toString(),
          origin.fetchedAt(), change.evidence());
    }
  }

  private void candidate(Origin origin, ProgramCandidate candidate, Tally tally) {
    String id = candidate.homepage().map(ProgramMatcher::page)
        .orElseGet(() -> "name:" + ProgramMatcher.name(candidate.name()));
    id = id.length() <= 300 ? id : id.substring(0, 300);
    Optional<CandidateRow> existing = candidates.findById(id);
    String homepage = candidate.homepage().map(Object::toString).filter(u -> u.length() <= 2000).orElse(null);
    String name = candidate.name().length() <= 200 ? candidate.name() : candidate.name().substring(0, 200);
    if (existing.isPresent()) {
      // "Last seen" to the day is enough for a moderator; writing it on every crawl would cost a row per list item.
      if (existing.get().lastSeenAt().isBefore(origin.fetchedAt().minus(java.time.Duration.ofDays(1)))) {
        candidates.update(new CandidateRow(id, name, homepage, origin.sourceId(), existing.get().firstSeenAt(),
            origin.fetchedAt()));
      }
    } else {
      candidates.save(new CandidateRow(id, name, homepage, origin.sourceId(), origin.fetchedAt(), origin.fetchedAt()));
      tally.newCandidates++;
    }
  }

  private void announce(String slug, Origin origin, Announcement a, Tally tally) {
    String id = origin.sourceId() + ":" + digest(a.link().map(Object::toString).orElse(a.title()));
    if (announcements.existsById(id)) {
      return;
    }
    String title = a.title().length() <= 500 ? a.title() : a.title().substring(0, 499) + "…";
    String link = a.link().map(Object::toString).filter(u -> u.length() <= 2000).orElse(null);
    announcements.save(new AnnouncementRow(id, slug, origin.sourceId(), title, link, a.published().orElse(null),
        a.applicationsOpen(), origin.fetchedAt()));
    tally.newAnnouncements++;
  }

  private Owners owners(StoredProgram stored) {
    Map<String, Precedence> byField = new HashMap<>();
    for (FieldRow row : fields.findBySlugOrderByField(stored.program().slug())) {
      Keyed.byKey(Precedence.class, row.precedence()).ifPresent(p -> byField.put(row.field(), p));
    }
    return new Owners(byField, Precedence.ofListing(stored.source()));
  }

  private static SourceResult result(Extraction e, Tally tally) {
    FetchInfo fetch = e.fetch();
    String outcome = e.failed() && fetch.outcome() == FetchInfo.Outcome.FETCHED ? "failed" : fetch.outcome().key();
    String reason = e.problems().stream().filter(Problem::fatal).map(Problem::reason).findFirst().orElse(null);
    List<SourceResult.ProblemView> problems = new ArrayList<>();
    e.problems().forEach(p -> problems.add(new SourceResult.ProblemView(p.stage().key(), p.reason(), p.detail(),
        p.fatal())));
    problems.addAll(tally.problems);
    return new SourceResult(e.sourceId().orElse(""), fetch.finalUrl().toString(), outcome, fetch.status().orElse(null),
        reason, e.programs().size(), e.projects().size(), e.milestones().size(), e.announcements().size(),
        List.copyOf(tally.changedPrograms), List.copyOf(tally.changedFields), List.copyOf(tally.kept),
        tally.newCandidates, tally.newAnnouncements, List.copyOf(problems), null);
  }

  private static String digest(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** What the merge of one source did so far. */
  private static final class Tally {
    final List<ProgramStore.Change> changes = new ArrayList<>();
    final List<String> changedPrograms = new ArrayList<>();
    final List<String> changedFields = new ArrayList<>();
    final List<String> kept = new ArrayList<>();
    final List<SourceResult.ProblemView> problems = new ArrayList<>();
    int newCandidates;
    int newAnnouncements;
  }
}
