package org.openseason.api.submission;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openseason.api.crawl.ProgramMatcher;
import org.openseason.api.guard.Limit;
import org.openseason.api.guard.RateLimits;
import org.openseason.api.markdown.Markdown;
import org.openseason.api.program.ListingJson;
import org.openseason.api.program.ProgramStore;
import org.openseason.api.system.ApiException;
import org.openseason.api.system.Problem;
import org.openseason.crawler.ProgramCandidate;
import org.openseason.domain.Program;
import org.openseason.domain.SourceKind;
import org.openseason.domain.Urls;

/**
 * Organizers' submissions: each one checked like the catalog ({@link ProposalCheck}) and kept as a pending revision
 * until a moderator decides; the live listing is never touched here. Whoever holds an edit link proposes further
 * revisions, and a new one supersedes the one still pending. The moderation package reads and decides them through
 * {@link #pending}, {@link #find}, {@link #proposed}, {@link #typed}, {@link #contact} and {@link #decide}.
 */
@Singleton
public class Submissions {

  static final int CONTACT_MAX = 300;

  private final SubmissionRepository rows;
  private final KeyRepository keys;
  private final ProposalCheck check;
  private final ProgramStore store;
  private final ListingJson listings;
  private final JsonMapper mapper;
  private final RateLimits limits;
  private final Limit limit;
  private final Clock clock;
  private final ApplicationEventPublisher<SubmissionReceived> events;

  Submissions(SubmissionRepository rows, KeyRepository keys, ProposalCheck check, ProgramStore store,
      ListingJson listings, JsonMapper mapper, RateLimits limits, SubmissionSettings settings, Clock clock,
      ApplicationEventPublisher<SubmissionReceived> events) {
    this.rows = rows;
    this.keys = keys;
    this.check = check;
    this.store = store;
    this.listings = listings;
    this.mapper = mapper;
    this.limits = limits;
    this.limit = new Limit("submit", settings.perHour(), Duration.ofHours(1));
    this.clock = clock;
    this.events = events;
  }

  /**
   * Checks a proposal without storing it, as the preview shows it.
   *
   * @param proposal what the organizer sent
   * @param editToken the edit link's token, for a further revision
   * @return valid, invalid or a duplicate of a listed program
   * @throws ApiException 404 when the edit token is unknown
   */
  public Outcome preview(Proposal proposal, Optional<String> editToken) {
    return plan(proposal, editToken).outcome();
  }

  /**
   * Stores a new proposal in one transaction, committed before this returns, with a new edit link.
   *
   * @param proposal what the organizer sent
   * @param client who sends it, for the rate limit
   */
  @Transactional
  public Outcome submit(Proposal proposal, String client) {
    return store(plan(proposal, Optional.empty()), proposal, client);
  }

  /**
   * Stores a further revision proposed through an edit link; a revision of the same link still pending is superseded.
   *
   * @throws ApiException 404 when the edit token is unknown
   */
  @Transactional
  public Outcome revise(String editToken, Proposal proposal, String client) {
    return store(plan(proposal, Optional.of(editToken)), proposal, client);
  }

  /** How a proposal would be stored: its key, kind and slug, and whether it is fine. */
  private record Plan(Outcome outcome, Optional<KeyRow> key, Optional<String> token, SubmissionKind kind,
      String slug) {}

  private Plan plan(Proposal proposal, Optional<String> editToken) {
    List<Problem.InvalidParam> errors = new ArrayList<>();
    Optional<KeyRow> key = editToken.map(keys::byToken);
    SubmissionKind kind;
    String slug;
    if (key.isPresent()) {
      slug = key.get().slug();
      kind = !store.exists(slug) ? SubmissionKind.NEW_PROGRAM
          : proposal.kind().filter(k -> k == SubmissionKind.NEW_CYCLE).orElse(SubmissionKind.EDIT);
    } else if (proposal.target().isPresent()) {
      slug = proposal.target().get();
      kind = proposal.kind().filter(k -> k != SubmissionKind.NEW_PROGRAM).orElse(SubmissionKind.EDIT);
      if (!org.openseason.domain.Slugs.isValid(slug) || !store.exists(slug)) {
        errors.add(new Problem.InvalidParam(Proposal.TARGET, "no listed program has the identifier '" + slug + "'"));
        slug = "submission";
      }
    } else {
      kind = SubmissionKind.NEW_PROGRAM;
      Optional<Program> listed = duplicateOf(proposal.listing());
      if (listed.isPresent()) {
        return new Plan(new Outcome.Duplicate(listed.get().slug(), listed.get().name()), key, editToken, kind, "");
      }
      slug = freshSlug(proposal.listing().get("name"));
    }
    if (key.isEmpty() && proposal.moderatorContact().isEmpty()) {
      errors.add(new Problem.InvalidParam(Proposal.CONTACT, "is required: how a moderator can reach you (kept private)"));
    } else if (proposal.moderatorContact().length() > CONTACT_MAX) {
      errors.add(new Problem.InvalidParam(Proposal.CONTACT, "is longer than " + CONTACT_MAX + " characters"));
    }
    ProposalCheck.Checked checked = check.check(proposal.listing(), slug, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    errors.addAll(0, checked.errors());
    if (!errors.isEmpty()) {
      return new Plan(new Outcome.Invalid(errors), key, editToken, kind, slug);
    }
    Program program = checked.program().orElseThrow();
    return new Plan(new Outcome.Valid(program, Markdown.html(program.description())), key, editToken, kind, slug);
  }

  private Outcome store(Plan plan, Proposal proposal, String client) {
    if (!(plan.outcome() instanceof Outcome.Valid valid)) {
      return plan.outcome();
    }
    RateLimits.Verdict verdict = limits.hit(limit, client);
    if (!verdict.allowed()) {
      return new Outcome.Limited(verdict.retryAfter(), verdict.retryAfterSeconds());
    }
    String token = plan.token().orElseGet(Tokens::editToken);
    if (proposal.honeypot()) {
      // A bot filled in the field people never see: it is answered like everyone else, and nothing is kept.
      return new Outcome.Accepted(new Receipt(Tokens.receipt(), SubmissionState.PENDING.key(), plan.kind().key(),
          plan.slug(), token, "/submit/edit/" + token, Tokens.verification()));
    }
    Instant now = clock.instant();
    KeyRow key = plan.key().map(k -> withContact(k, proposal.moderatorContact())).orElseGet(() -> keys.save(
        new KeyRow(null, Tokens.hash(token), plan.slug(), proposal.moderatorContact(), Tokens.verification(), null,
            null, now)));
    String receipt = Tokens.receipt();
    for (SubmissionRow pending : rows.findByKeyIdAndState(key.id(), SubmissionState.PENDING.key())) {
      rows.update(pending.decided(SubmissionState.SUPERSEDED, now, "organizer", "replaced by " + receipt));
    }
    Program program = valid.program();
    SubmissionRow row = rows.save(new SubmissionRow(null, receipt, key.id(), plan.kind().key(),
        plan.kind() == SubmissionKind.NEW_PROGRAM ? null : plan.slug(), plan.slug(), SubmissionState.PENDING.key(),
        listings.write(program), json(proposal.typed()), valid.descriptionHtml(), now, null, null, null));
    events.publishEvent(new SubmissionReceived(row.id(), plan.slug()));
    return new Outcome.Accepted(new Receipt(receipt, SubmissionState.PENDING.key(), plan.kind().key(), plan.slug(),
        token, "/submit/edit/" + token, key.verification()));
  }

  private KeyRow withContact(KeyRow key, String contact) {
    if (contact.isEmpty() || contact.equals(key.contact())) {
      return key;
    }
    return keys.update(new KeyRow(key.id(), key.tokenHash(), key.slug(), contact, key.verification(),
        key.verifiedAt(), key.verifiedUrl(), key.createdAt()));
  }

  /** A listed program with the same homepage or name, as the crawler's entity resolution finds them. */
  private Optional<Program> duplicateOf(Map<String, Object> listing) {
    String name = listing.get("name") instanceof String s && !s.isBlank() ? s : "";
    Optional<URI> homepage = Optional.empty();
    if (listing.get("homepage") instanceof String text) {
      try {
        homepage = Optional.of(new URI(text.strip())).filter(Urls::isWebUrl);
      } catch (java.net.URISyntaxException e) {
        homepage = Optional.empty();
      }
    }
    if (name.isEmpty() && homepage.isEmpty()) {
      return Optional.empty();
    }
    ProgramMatcher matcher = new ProgramMatcher(List.of());
    store.forEachBatch(1_000, batch -> batch.forEach(matcher::add));
    ProgramCandidate candidate = new ProgramCandidate(name.isEmpty() ? "\u0000" : name, homepage, Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    return matcher.match(candidate).flatMap(store::find).map(s -> s.program());
  }

  /** A slug from the name that no listing and no pending submission has yet. */
  private String freshSlug(Object name) {
    String base = Slugify.of(name instanceof String s ? s : "");
    String slug = base;
    for (int n = 2; store.exists(slug)
        || rows.existsByProposedSlugAndStateInList(slug, List.of(SubmissionState.PENDING.key())); n++) {
      slug = base + "-" + n;
    }
    return slug;
  }

  private String json(Map<String, Object> typed) {
    try {
      return mapper.writeValueAsString(typed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What an edit link shows: the latest revision, the listing it proposes, and the ownership check.
   *
   * @param latest the latest revision
   * @param proposed the listing it proposes
   * @param verificationToken the token to place on the program's homepage
   * @param verifiedAt when it was last found there
   */
  public record Draft(Submission latest, Program proposed, String verificationToken, Optional<Instant> verifiedAt) {}

  /**
   * The latest revision behind an edit link.
   *
   * @throws ApiException 404 when the token is unknown
   */
  public Draft draft(String editToken) {
    KeyRow key = keys.byToken(editToken);
    SubmissionRow row = rows.findFirstByKeyIdOrderByIdDesc(key.id()).orElseThrow();
    return new Draft(Submission.of(row), listings.read(row.listing(), SourceKind.ORGANIZER), key.verification(),
        Optional.ofNullable(key.verifiedAt()));
  }

  // The moderation package's side.

  /** The revisions waiting for a moderator, oldest first. */
  public List<Submission> pending() {
    return rows.findByStateOrderByCreatedAt(SubmissionState.PENDING.key()).stream().map(Submission::of).toList();
  }

  public Optional<Submission> find(long id) {
    return rows.findById(id).map(Submission::of);
  }

  /** The listing a revision proposes, as it would be published (source organizer). */
  public Program proposed(long id) {
    return listings.read(row(id).listing(), SourceKind.ORGANIZER);
  }

  /** What the organizer typed, as they sent it: form fields or JSON. */
  public Map<String, Object> typed(long id) {
    try {
      return mapper.readValue(row(id).typed(), Argument.mapOf(String.class, Object.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The proposed description, rendered and sanitized when it was sent. */
  public String descriptionHtml(long id) {
    return row(id).descriptionHtml();
  }

  /** How to reach the organizer: for moderators only, never in any public answer. */
  public String contact(long id) {
    return keys.findById(row(id).keyId()).orElseThrow().contact();
  }

  /**
   * Decides a pending revision. Publishing an approved listing is the caller's part ({@link #proposed}).
   *
   * @param id the revision
   * @param state approved, rejected or changes-requested
   * @param moderator who decides
   * @param reason why, shown to the organizer
   * @throws ApiException 404 for an unknown id, 409 when it is no longer pending
   * @throws IllegalArgumentException for a state that is no decision (pending, superseded)
   */
  @Transactional
  public Submission decide(long id, SubmissionState state, String moderator, String reason) {
    if (state == SubmissionState.PENDING || state == SubmissionState.SUPERSEDED) {
      throw new IllegalArgumentException(state.key() + " is not a moderator's decision");
    }
    SubmissionRow row = rows.findByIdForUpdate(id)
        .orElseThrow(() -> ApiException.notFound("No submission has the id " + id + "."));
    if (!row.state().equals(SubmissionState.PENDING.key())) {
      throw new ApiException(409, "Conflict", "Submission " + row.receipt() + " is already " + row.state() + ".",
          List.of());
    }
    SubmissionRow decided = rows.update(row.decided(state, clock.instant(), moderator, reason));
    return Submission.of(decided);
  }

  /** Whether the organizers showed, on the program's homepage, that they keep this listing. */
  public boolean maintainedByOrganizers(String slug) {
    return !keys.findBySlugAndVerifiedAtIsNotNull(slug).isEmpty();
  }

  private SubmissionRow row(long id) {
    return rows.findById(id).orElseThrow(() -> ApiException.notFound("No submission has the id " + id + "."));
  }
}
