package org.openseason.api.links;

import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openseason.api.program.ProgramStore;
import org.openseason.crawler.Crawler;
import org.openseason.crawler.DocumentKind;
import org.openseason.crawler.Extraction;
import org.openseason.crawler.SourceSpec;
import org.openseason.domain.Program;

/**
 * Checks the links every listing shows (homepage, code of conduct, rules) through the crawler, with its address
 * guard, robots rules and per-host delay, and keeps what each answered: a 404 or 410 flags the link as gone, a
 * host that does not answer is only unreachable. Nothing in a listing changes: the flags are for moderators.
 */
@Singleton
public class LinkChecker {

  /** How often every link is checked. */
  static final Duration EVERY = Duration.ofDays(1);

  private final ProgramStore store;
  private final LinkRepository links;
  private final Crawler crawler;
  private final Clock clock;
  private final AtomicBoolean running = new AtomicBoolean();

  LinkChecker(ProgramStore store, LinkRepository links, Crawler crawler, Clock clock) {
    this.store = store;
    this.links = links;
    this.crawler = crawler;
    this.clock = clock;
  }

  /**
   * What one run found.
   *
   * @param checked links asked for
   * @param byState how many ended in each state
   */
  public record Report(int checked, Map<LinkState, Integer> byState) {}

  /** Thrown when a check is asked for while one runs. */
  public static final class AlreadyRunning extends RuntimeException {
    AlreadyRunning() {
      super("a link check is already running");
    }
  }

  /** True when some listing's links were never checked, or not for a day. */
  public boolean due() {
    Instant now = clock.instant();
    return links.count() < expectedLinks() || links.findMinCheckedAt().map(t -> t.plus(EVERY).isBefore(now)).orElse(true);
  }

  public boolean running() {
    return running.get();
  }

  /** Checks every link of every listing now. */
  public Report checkAll() {
    List<Program> programs = new ArrayList<>();
    store.forEachBatch(500, programs::addAll);
    return check(programs);
  }

  /** Checks the links of these listings now. */
  public Report check(List<Program> programs) {
    if (!running.compareAndSet(false, true)) {
      throw new AlreadyRunning();
    }
    try {
      List<Link> all = programs.stream().flatMap(p -> linksOf(p).stream()).toList();
      List<SourceSpec> pages = all.stream().map(l -> SourceSpec.preview(l.url(), DocumentKind.guess(l.url(), Optional.empty()))).toList();
      List<Extraction> answers = crawler.extractAll(pages, e -> {});
      Map<LinkState, Integer> counts = new EnumMap<>(LinkState.class);
      for (int i = 0; i < all.size(); i++) {
        LinkState state = record(all.get(i), answers.get(i));
        counts.merge(state, 1, Integer::sum);
      }
      return new Report(all.size(), counts);
    } finally {
      running.set(false);
    }
  }

  private LinkState record(Link link, Extraction answer) {
    Instant now = clock.instant();
    LinkState state = LinkState.of(answer);
    String id = LinkRow.idOf(link.slug(), link.field());
    Optional<LinkRow> before = links.findById(id);
    Instant failingSince = state == LinkState.OK ? null
        : before.filter(b -> b.url().equals(link.url().toString()) && b.failingSince() != null)
            .map(LinkRow::failingSince).orElse(now);
    String reason = LinkState.reason(answer).orElse(null);
    LinkRow row = new LinkRow(id, link.slug(), link.field(), link.url().toString(), state.key(),
        answer.fetch().status().orElse(null), state == LinkState.OK ? null : reason, now, failingSince);
    if (before.isPresent()) {
      links.update(row);
    } else {
      links.save(row);
    }
    return state;
  }

  /** The latest check of every link, the ones that are not ok first. */
  public List<LinkView> all() {
    List<LinkView> views = new ArrayList<>();
    links.findByStateNotEqualOrderBySlugAndField(LinkState.OK.key()).forEach(r -> views.add(LinkView.of(r)));
    links.findAllOrderBySlugAndField().stream()
        .filter(r -> r.state().equals(LinkState.OK.key()))
        .forEach(r -> views.add(LinkView.of(r)));
    return views;
  }

  /** The links that are not ok, for the admin page. */
  public List<LinkView> flagged() {
    return links.findByStateNotEqualOrderBySlugAndField(LinkState.OK.key()).stream().map(LinkView::of).toList();
  }

  private long expectedLinks() {
    long[] n = {0};
    store.forEachBatch(500, batch -> batch.forEach(p -> n[0] += linksOf(p).size()));
    return n[0];
  }

  static List<Link> linksOf(Program p) {
    List<Link> out = new ArrayList<>();
    out.add(new Link(p.slug(), "homepage", p.homepage()));
    p.codeOfConduct().ifPresent(u -> out.add(new Link(p.slug(), "code_of_conduct", u)));
    p.rules().ifPresent(u -> out.add(new Link(p.slug(), "rules", u)));
    return out;
  }

  record Link(String slug, String field, URI url) {}

  /**
   * One link as administrators see it.
   *
   * @param program the listing's slug
   * @param field homepage, code_of_conduct or rules
   * @param url the link
   * @param state ok, gone, unreachable or unchecked
   * @param status the HTTP status, when the server answered
   * @param reason why it failed, as a crawl reason key
   * @param checkedAt when it was last checked
   * @param failingSince since when it has not been ok
   */
  @io.micronaut.serde.annotation.Serdeable(naming = io.micronaut.serde.config.naming.SnakeCaseStrategy.class)
  public record LinkView(String program, String field, String url, String state, Integer status, String reason,
      Instant checkedAt, Instant failingSince) {
    static LinkView of(LinkRow r) {
      return new LinkView(r.slug(), r.field(), r.url(), r.state(), r.status(), r.reason(), r.checkedAt(),
          r.failingSince());
    }
  }
}
