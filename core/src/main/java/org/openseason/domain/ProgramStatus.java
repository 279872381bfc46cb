package org.openseason.domain;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A program's status at one instant.
 *
 * <p>Each round (announced or {@linkplain Forecast expected}) has a status of its own; the program shows the most
 * useful one to a person looking for something to apply to: open beats rolling beats upcoming beats expected beats
 * in progress beats closed. {@link #validUntil} is the next instant at which the status or the next deadline can
 * change, so an index can refresh exactly then.
 *
 * @param kind open, upcoming, expected, in progress, rolling, closed, to be announced
 * @param cycle the label of the round the status is about
 * @param opens when applications open, for an upcoming or expected round; for a round without an application step
 *     (a contest people join while it runs), when it starts
 * @param deadline when applications close, for an open, upcoming or expected round
 * @param ends when the round ends, for one in progress
 * @param validUntil the next instant at which this status may change
 * @param expected true when {@code opens} or {@code deadline} is forecast, not announced
 */
public record ProgramStatus(
    StatusKind kind,
    Optional<String> cycle,
    Optional<Instant> opens,
    Optional<Instant> deadline,
    Optional<Instant> ends,
    Optional<Instant> validUntil,
    boolean expected) {

  public ProgramStatus {
    requireNonNull(kind, "kind is null");
    cycle = cycle == null ? Optional.empty() : cycle;
    opens = opens == null ? Optional.empty() : opens;
    deadline = deadline == null ? Optional.empty() : deadline;
    ends = ends == null ? Optional.empty() : ends;
    validUntil = validUntil == null ? Optional.empty() : validUntil;
  }

  /** A status of announced dates. */
  public ProgramStatus(
      StatusKind kind,
      Optional<String> cycle,
      Optional<Instant> opens,
      Optional<Instant> deadline,
      Optional<Instant> ends,
      Optional<Instant> validUntil) {
    this(kind, cycle, opens, deadline, ends, validUntil, false);
  }

  static ProgramStatus of(Program program, Instant now) {
    return of(program, Forecast.rounds(program, now), now);
  }

  /** The status among {@code rounds}, the program's rounds at {@code now} ({@link Program#rounds}), worked out once. */
  public static ProgramStatus of(Program program, List<Cycle> rounds, Instant now) {
    List<ProgramStatus> statuses = rounds.stream().map(c -> ofCycle(c, now)).toList();
    Optional<Instant> validUntil =
        rounds.stream()
            .flatMap(c -> c.milestones().stream())
            .flatMap(m -> Stream.of(m.startInstant(), m.lastInstant()))
            .filter(i -> i.isAfter(now))
            .min(Comparator.naturalOrder());
    ProgramStatus best =
        statuses.stream()
            .min(Comparator.comparingInt(ProgramStatus::rank).thenComparing(ProgramStatus::rankWithinKind))
            .orElseGet(() -> none(program));
    StatusKind kind = best.kind == StatusKind.TBA && !program.lifecycle().isRunning() ? StatusKind.CLOSED : best.kind;
    return new ProgramStatus(kind, best.cycle, best.opens, best.deadline, best.ends, validUntil, best.expected);
  }

  private static ProgramStatus none(Program program) {
    StatusKind kind = program.lifecycle().isRunning() ? StatusKind.TBA : StatusKind.CLOSED;
    return new ProgramStatus(kind, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /**
   * The order of usefulness: a round running without an application deadline (people join while it runs) comes
   * right after the upcoming ones, before a forecast; every other status in the order of {@link StatusKind}.
   */
  private int rank() {
    if (runsWithoutDeadline()) {
      return StatusKind.UPCOMING.ordinal() * 2 + 1;
    }
    return kind.ordinal() * 2;
  }

  /** True for a round in progress that has no application deadline: people may still be able to join it. */
  public boolean runsWithoutDeadline() {
    return kind == StatusKind.IN_PROGRESS && deadline.isEmpty();
  }

  /**
   * Among rounds of the same status, the soonest open, upcoming or expected one and the latest closed one count;
   * an announced round before an expected one.
   */
  private static long rankWithinKind(ProgramStatus s) {
    return switch (s.kind) {
      case OPEN -> s.deadline.map(Instant::getEpochSecond).orElse(Long.MAX_VALUE);
      case UPCOMING, EXPECTED -> s.opens.or(() -> s.deadline).map(Instant::getEpochSecond).orElse(Long.MAX_VALUE);
      case IN_PROGRESS -> s.ends.map(Instant::getEpochSecond).orElse(Long.MAX_VALUE);
      case CLOSED -> -s.ends.map(Instant::getEpochSecond).orElse(0L);
      default -> 0;
    };
  }

  static ProgramStatus ofCycle(Cycle cycle, Instant now) {
    Optional<String> label = Optional.of(cycle.label());
    if (cycle.rolling()) {
      return new ProgramStatus(StatusKind.ROLLING, label, Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty());
    }
    List<Milestone> milestones = cycle.milestones();
    if (milestones.isEmpty()) {
      return new ProgramStatus(StatusKind.TBA, label, Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty());
    }
    Optional<Milestone> opening =
        milestones.stream().filter(m -> m.kind() == MilestoneKind.APPLICATIONS).findFirst();
    Optional<Milestone> closing =
        milestones.stream()
            .filter(m -> m.deadline().filter(d -> !d.isBefore(now)).isPresent())
            .min(Comparator.comparing((Milestone m) -> m.deadline().orElseThrow()))
            .or(() -> milestones.stream()
                .filter(m -> m.deadline().isPresent())
                .max(Comparator.comparing((Milestone m) -> m.deadline().orElseThrow())));
    Optional<Instant> deadline = closing.flatMap(Milestone::deadline);
    Milestone first = milestones.get(0);
    Optional<Instant> opens =
        opening.map(Milestone::startInstant).or(() -> deadline.isEmpty() ? Optional.of(first.startInstant()) : Optional.empty());
    Instant last = milestones.stream().map(Milestone::lastInstant).max(Comparator.naturalOrder()).orElseThrow();
    StatusKind kind;
    boolean expected;
    if (deadline.isPresent()) {
      Instant start = opens.orElse(Instant.MIN);
      if (now.isBefore(start)) {
        kind = StatusKind.UPCOMING;
        expected = opening.orElseThrow().isExpected();
      } else if (now.isBefore(deadline.get())) {
        expected = closing.orElseThrow().isExpected();
        // Applications that are only expected to be open are not known to be taking anyone.
        kind = expected && opening.map(Milestone::isExpected).orElse(true) ? StatusKind.EXPECTED : StatusKind.OPEN;
      } else if (now.isBefore(last)) {
        kind = StatusKind.IN_PROGRESS;
        expected = false;
      } else {
        kind = StatusKind.CLOSED;
        expected = false;
      }
    } else if (now.isBefore(first.startInstant())) {
      kind = StatusKind.UPCOMING;
      expected = first.isExpected();
    } else if (now.isBefore(last)) {
      kind = StatusKind.IN_PROGRESS;
      expected = false;
    } else {
      kind = StatusKind.CLOSED;
      expected = false;
    }
    if (expected && kind == StatusKind.UPCOMING) {
      kind = StatusKind.EXPECTED;
    }
    return new ProgramStatus(kind, label, opens, deadline, Optional.of(last), Optional.empty(), expected);
  }

  /** The next application deadline still ahead of {@code now}, for sorting by "closing soonest". */
  public Optional<Instant> nextDeadline(Instant now) {
    return deadline.filter(d -> d.isAfter(now))
        .filter(d -> kind == StatusKind.OPEN || kind == StatusKind.UPCOMING || kind == StatusKind.EXPECTED);
  }

  /** The status in words for a card: "Applications close in 5 days". */
  public String describe(Instant now) {
    return switch (kind) {
      case OPEN ->
          deadline.map(d -> expected
                  ? "Applications open, expected to close around " + day(d)
                  : "Applications close " + in(now, d))
              .orElse(kind.label());
      case UPCOMING ->
          deadline.isEmpty() && opens.isPresent()
              ? "Starts " + in(now, opens.get())
              : opens.map(o -> "Applications open " + in(now, o))
                  .or(() -> deadline.map(d -> "Applications close " + in(now, d)))
                  .orElse(kind.label());
      case EXPECTED ->
          deadline.isEmpty() && opens.isPresent()
              ? "Next round expected to start around " + day(opens.get())
              : opens.filter(o -> o.isAfter(now)).map(o -> "Applications expected to open around " + day(o))
                  .or(() -> deadline.map(d -> "Applications expected to close around " + day(d)))
                  .orElse("Next round expected");
      case IN_PROGRESS ->
          deadline.isEmpty()
              ? ends.map(e -> "In progress until " + day(e)).orElse("In progress")
              : "In progress, applications closed";
      case ROLLING -> "Rolling: apply any time";
      case CLOSED -> cycle.map(c -> "Closed (last round: " + c + ")").orElse("Closed");
      case TBA -> kind.label();
    };
  }

  private static String day(Instant instant) {
    return Expectation.day(instant.atZone(ZoneOffset.UTC).toLocalDate());
  }

  static String in(Instant now, Instant then) {
    Duration left = Duration.between(now, then);
    long days = left.toDays();
    if (days >= 2) {
      return "in " + days + " days";
    }
    if (days == 1) {
      return "tomorrow";
    }
    long hours = Math.max(1, left.toHours());
    return "in " + hours + (hours == 1 ? " hour" : " hours");
  }
}
