package org.openseason.api.feed;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.openseason.api.program.StoredProgram;
import org.openseason.domain.Cycle;
import org.openseason.domain.Expectation;
import org.openseason.domain.Milestone;
import org.openseason.domain.Program;

/**
 * The news in programs' listings, derived when a feed is read, never stored: a program new on the site, a round
 * announced (or expected from earlier ones), applications now open, applications closing in seven days. Each item's
 * id is made of the program, the round and the kind of news, so the same news keeps the same id in every render
 * and feed readers never show it twice; only news whose time has come is given.
 */
final class ProgramNews {

  static final Duration CLOSING_SOON = Duration.ofDays(7);

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final String site;
  private final String host;

  ProgramNews(String site, String host) {
    this.site = site;
    this.host = host;
  }

  /** The news of some programs up to {@code now}, newest first, at most {@code limit} items. */
  List<FeedItem> of(List<StoredProgram> programs, Instant now, int limit) {
    List<FeedItem> items = new ArrayList<>();
    for (StoredProgram stored : programs) {
      items.addAll(news(stored, now));
    }
    java.util.Map<String, FeedItem> byId = new java.util.LinkedHashMap<>();
    items.forEach(i -> byId.putIfAbsent(i.id(), i));
    return byId.values().stream()
        .filter(i -> !i.published().isAfter(now))
        .sorted(Comparator.comparing(FeedItem::published).reversed().thenComparing(FeedItem::id))
        .limit(limit)
        .toList();
  }

  private List<FeedItem> news(StoredProgram stored, Instant now) {
    Program p = stored.program();
    String link = site + "/programs/" + p.slug();
    List<FeedItem> items = new ArrayList<>();
    items.add(new FeedItem(id(p.slug(), "listed"), "New on OpenSeason: " + p.name(),
        para(p.summary()) + para(p.kind().label() + " by " + p.organizer() + ". " + p.statusAt(now).describe(now) + "."),
        link, stored.createdAt(), p.kind().label(), false));
    Instant previousEnd = null;
    for (Cycle round : p.rounds(now)) {
      if (round.milestones().isEmpty()) {
        continue;
      }
      String r = roundId(round.label());
      Instant first = round.milestones().get(0).startInstant();
      boolean expected = round.milestones().stream().allMatch(Milestone::isExpected);
      if (expected) {
        Instant from = previousEnd == null ? stored.createdAt() : previousEnd;
        items.add(new FeedItem(id(p.slug(), r + "/expected"),
            p.name() + " " + round.label() + ": next round expected (not announced yet)",
            para("Expected, not announced: from its earlier rounds, " + p.name() + " is expected to run again. "
                + "These dates are a forecast; check the program's site.") + steps(round), link,
            min(from, first), p.kind().label(), true));
      } else {
        items.add(new FeedItem(id(p.slug(), r + "/announced"), p.name() + " " + round.label() + ": dates announced",
            para("The dates of " + p.name() + " " + round.label() + " are published.") + steps(round)
                + round.source().map(s -> para("Dates from " + s)).orElse(""),
            link, min(stored.updatedAt(), first), p.kind().label(), false));
      }
      for (Milestone m : round.milestones()) {
        if (m.isExpected() || m.deadline().isEmpty()) {
          continue;
        }
        Instant deadline = m.deadline().get();
        if (m.kind() == org.openseason.domain.MilestoneKind.APPLICATIONS && m.startInstant().isBefore(deadline)) {
          items.add(new FeedItem(id(p.slug(), r + "/open"), "Applications now open: " + p.name() + " " + round.label(),
              para("Applications are open until " + WHEN.format(deadline) + ".") + para(p.summary()), link,
              m.startInstant(), p.kind().label(), false));
        }
        Instant opening = m.kind() == org.openseason.domain.MilestoneKind.APPLICATIONS ? m.startInstant() : Instant.MIN;
        Instant soon = deadline.minus(CLOSING_SOON);
        if (soon.isAfter(opening)) {
          items.add(new FeedItem(id(p.slug(), r + "/closing"),
              "Closing in 7 days: " + p.name() + " " + round.label(),
              para("Applications close on " + WHEN.format(deadline) + ".") + para(p.summary()), link, soon,
              p.kind().label(), false));
        }
      }
      previousEnd = round.milestones().stream().map(Milestone::lastInstant).max(Comparator.naturalOrder())
          .orElse(previousEnd);
    }
    return items;
  }

  private String steps(Cycle round) {
    StringBuilder out = new StringBuilder("<ul>");
    for (Milestone m : round.milestones()) {
      out.append("<li>").append(escape(m.title())).append(": ")
          .append(m.isExpected() ? "expected around " : "")
          .append(escape(WHEN.format(m.startInstant())))
          .append(m.end().map(e -> " – " + WHEN.format(e.instant())).map(ProgramNews::escape).orElse(""))
          .append(m.expected().map(Expectation::describe).map(b -> " (from earlier rounds: " + escape(b) + ")")
              .orElse(""))
          .append("</li>");
    }
    return out.append("</ul>").toString();
  }

  /** A tag URI (RFC 4151): stable, unique, and never a link that could change scheme. */
  private String id(String slug, String what) {
    return "tag:" + host + ",2026:" + slug + "/" + what;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static String para(String text) {
    return "<p>" + escape(text) + "</p>";
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }

  /** A round's label as a path segment: "2026 Term 3" becomes "2026-term-3". */
  static String roundId(String label) {
    String s = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return s.isEmpty() ? "round" : s;
  }
}
