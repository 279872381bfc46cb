package org.openseason.api.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.ParameterList;
import org.openseason.api.program.StoredProgram;
import org.openseason.domain.Cycle;
import org.openseason.domain.Expectation;
import org.openseason.domain.Milestone;
import org.openseason.domain.MilestoneKind;
import org.openseason.domain.Program;

/**
 * Writes programs' rounds as an iCalendar. What calendar apps need, and why it is done so:
 *
 * <ul>
 *   <li>every instant in UTC ({@code ...Z}), so no {@code VTIMEZONE} is needed and Outlook shifts nothing; a step
 *       published as a day alone is an all-day event on that day;
 *   <li>a UID made of the program, the round, the step and its place among steps of the same kind: the same event
 *       keeps its UID across renders, and an expected round that gets announced updates the same event, its
 *       {@code SEQUENCE} and {@code LAST-MODIFIED} raised by the listing's change;
 *   <li>a deadline is its own event at the closing instant, with reminders a week and a day before (apps that
 *       ignore alarms in subscriptions still show the event);
 *   <li>a step forecast from earlier rounds is {@code STATUS:TENTATIVE}, says "expected" in its title and gives
 *       its basis; an announced one is {@code CONFIRMED}.
 * </ul>
 */
final class ProgramCalendar {

  /** How often subscribed clients should look again: deadlines move rarely. */
  static final Duration REFRESH = Duration.ofHours(12);

  private static final Instant SEQUENCE_FROM = Instant.parse("2026-01-01T00:00:00Z");

  private static final List<Duration> REMINDERS = List.of(Duration.ofDays(7), Duration.ofDays(1));

  private final String site;
  private final String host;
  private final Instant stamp;

  /**
   * @param site the site's address, for links to program pages
   * @param host the host part, for UIDs
   * @param stamp when the answer is made: every {@code DTSTAMP}
   */
  ProgramCalendar(String site, String host, Instant stamp) {
    this.site = site;
    this.host = host;
    this.stamp = stamp;
  }

  /**
   * The calendar of some programs.
   *
   * @param name how calendar apps name it
   * @param programs the listings, in the order of the search
   * @param since steps that ended before this are left out (a search's calendar); {@link Instant#MIN} keeps all
   * @param now the time rounds are forecast at
   */
  String write(String name, List<StoredProgram> programs, Instant since, Instant now) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//OpenSeason//Program calendar//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(new XProperty("X-WR-CALNAME", text(name)));
    calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
    calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
    for (StoredProgram stored : programs) {
      for (Cycle round : stored.program().rounds(now)) {
        events(stored, round, since).forEach(calendar::add);
      }
    }
    return calendar.toString();
  }

  private List<VEvent> events(StoredProgram stored, Cycle round, Instant since) {
    Program program = stored.program();
    List<VEvent> events = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Milestone m : round.milestones()) {
      if (m.lastInstant().isBefore(since)) {
        continue;
      }
      if (m.kind() == MilestoneKind.APPLICATIONS && m.end().isPresent()) {
        events.add(event(stored, round, m, "applications-open", "Applications open", seen, Optional.empty()));
        events.add(event(stored, round, m, "applications-close", "Applications close", seen, m.deadline()));
      } else {
        events.add(event(stored, round, m, m.kind().key(), m.title(), seen, m.deadline()));
      }
    }
    return events;
  }

  private VEvent event(StoredProgram stored, Cycle round, Milestone m, String step, String title,
      Map<String, Integer> seen, Optional<Instant> deadline) {
    Program program = stored.program();
    int n = seen.merge(step, 1, Integer::sum);
    String uid = program.slug() + "/" + slug(round.label()) + "/" + step + (n > 1 ? "-" + n : "") + "@" + host;
    String summary = program.name() + " " + round.label() + ": " + title + (m.isExpected() ? " (expected)" : "");
    VEvent event;
    if (deadline.isPresent()) {
      event = new VEvent(deadline.get(), text(summary));
    } else if (m.kind() == MilestoneKind.APPLICATIONS) {
      event = m.start().dateOnly()
          ? new VEvent(m.start().date(), m.start().date().plusDays(1), text(summary))
          : new VEvent(m.startInstant(), text(summary));
    } else if (m.start().dateOnly() && m.end().map(e -> e.dateOnly()).orElse(true)) {
      LocalDate last = m.end().orElse(m.start()).date();
      event = new VEvent(m.start().date(), last.plusDays(1), text(summary));
    } else {
      event = m.end().isPresent()
          ? new VEvent(m.startInstant(), m.lastInstant(), text(summary))
          : new VEvent(m.startInstant(), text(summary));
    }
    event.replace(new DtStamp(stamp));
    event.add(new Uid(uid));
    event.add(new Sequence(sequence(stored.updatedAt())));
    event.add(new LastModified(stored.updatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
    event.add(m.isExpected() ? ImmutableStatus.VEVENT_TENTATIVE : ImmutableStatus.VEVENT_CONFIRMED);
    event.add(new Url(java.net.URI.create(site + "/programs/" + program.slug())));
    event.add(new Categories(text(program.kind().label())));
    event.add(new Description(text(description(program, round, m))));
    if (deadline.isPresent() && !m.isExpected()) {
      for (Duration before : REMINDERS) {
        VAlarm alarm = new VAlarm(before.negated());
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description(text(program.name() + ": applications close in " + before.toDays()
            + (before.toDays() == 1 ? " day" : " days"))));
        event.add(alarm);
      }
    }
    return event;
  }

  private String description(Program program, Cycle round, Milestone m) {
    StringBuilder out = new StringBuilder();
    out.append(program.name()).append(" (").append(program.organizer()).append("), round ").append(round.label())
        .append(": ").append(m.title()).append('.');
    if (m.isExpected()) {
      out.append("\nExpected, not announced: forecast from the same step in earlier rounds (")
          .append(m.expected().map(Expectation::describe).orElse("")).append("). Check the program's site.");
    } else {
      round.source().ifPresent(s -> out.append("\nDates from ").append(s));
    }
    out.append("\n").append(site).append("/programs/").append(program.slug());
    return out.toString();
  }

  /**
   * Calendar apps apply a changed event only when its {@code SEQUENCE} grows: the minutes from 2026 to the
   * listing's last change grow with every change and stay the same between renders.
   */
  static int sequence(Instant updatedAt) {
    long minutes = Duration.between(SEQUENCE_FROM, updatedAt).toMinutes();
    return (int) Math.max(0, Math.min(Integer.MAX_VALUE, minutes));
  }

  /** A round's label as part of a UID: "2026 Term 3" becomes "2026-term-3". */
  static String slug(String label) {
    String s = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return s.isEmpty() ? "round" : s;
  }

  /** Control characters (other than line breaks) have no place in a calendar; ical4j escapes the rest. */
  static String text(String value) {
    StringBuilder out = new StringBuilder(value.length());
    value.codePoints().forEach(c -> {
      if (c == '\n' || !Character.isISOControl(c)) {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }
}
