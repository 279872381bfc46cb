package org.openseason.domain;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A program's status at one instant.
 *
 * <p>Each cycle has a status of its own; the program shows the most useful one to a person looking for something
 * to apply to: open beats rolling beats upcoming beats in progress beats closed. {@link #validUntil} is the next
 * instant at which the status or the next deadline can change, so an index can refresh exactly then.
 *
 * @param kind open, upcoming, in progress, rolling, closed, to be announced
 * @param cycle the label of the cycle the status is about
 * @param opens when applications open, for an upcoming cycle
 * @param deadline when applications close, for an open or upcoming cycle
 * @param ends when the cycle ends, for one in progress
 * @param validUntil the next instant at which this status may change
 */
public record ProgramStatus(
    StatusKind kind,
    Optional<String> cycle,
    Optional<Instant> opens,
    Optional<Instant> deadline,
    Optional<Instant> ends,
    Optional<Instant> validUntil) {

  public ProgramStatus {
    requireNonNull(kind, "kind is null");
    cycle = cycle == null ? Optional.empty() : cycle;
    opens = opens == null ? Optional.empty() : opens;
    deadline = deadline == null ? Optional.empty() : deadline;
    ends = ends == null ? Optional.empty() : ends;
    validUntil = validUntil == null ? Optional.empty() : validUntil;
  }

  static ProgramStatus of(Program program, Instant now) {
    List<ProgramStatus> statuses = program.cycles().stream().map(c -> ofCycle(c, now)).toList();
    Optional<Instant> validUntil =
        program.cycles().stream()
            .flatMap(c -> c.milestones().stream())
            .flatMap(m -> java.util.stream.Stream.of(m.startInstant(), m.lastInstant()))
            .filter(i -> i.isAfter(now))
            .min(Comparator.naturalOrder());
    ProgramStatus best =
        statuses.stream()
            .min(Comparator.comparing(ProgramStatus::kind).thenComparing(s -> rankWithinKind(s)))
            .orElseGet(() -> none(program));
    if (best.kind == StatusKind.TBA && !program.lifecycle().isRunning()) {
      best = new ProgramStatus(StatusKind.CLOSED, best.cycle, best.opens, best.deadline, best.ends, best.validUntil);
    }
    return new ProgramStatus(best.kind, best.cycle, best.opens, best.deadline, best.ends, validUntil);
  }

  private static ProgramStatus none(Program program) {
    StatusKind kind = program.lifecycle().isRunning() ? StatusKind.TBA : StatusKind.CLOSED;
    return new ProgramStatus(kind, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /** Among cycles of the same status, the soonest open or upcoming one and the latest closed one count. */
  private static long rankWithinKind(ProgramStatus s) {
    return switch (s.kind) {
      case OPEN -> s.deadline.map(Instant::getEpochSecond).orElse(Long.MAX_VALUE);
      case UPCOMING -> s.opens.or(() -> s.deadline).map(Instant::getEpochSecond).orElse(Long.MAX_VALUE);
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
    Optional<Instant> opens =
        milestones.stream()
            .filter(m -> m.kind() == MilestoneKind.APPLICATIONS)
            .map(Milestone::startInstant)
            .min(Comparator.naturalOrder());
    Optional<Instant> deadline =
        milestones.stream()
            .flatMap(m -> m.deadline().stream())
            .filter(d -> !d.isBefore(now))
            .min(Comparator.naturalOrder())
            .or(
                () ->
                    milestones.stream()
                        .flatMap(m -> m.deadline().stream())
                        .max(Comparator.naturalOrder()));
    Instant first = milestones.get(0).startInstant();
    Instant last = milestones.stream().map(Milestone::lastInstant).max(Comparator.naturalOrder()).orElseThrow();
    Optional<Instant> ends = Optional.of(last);
    StatusKind kind;
    if (deadline.isPresent()) {
      Instant start = opens.orElse(Instant.MIN);
      if (now.isBefore(start)) {
        kind = StatusKind.UPCOMING;
      } else if (now.isBefore(deadline.get())) {
        kind = StatusKind.OPEN;
      } else if (now.isBefore(last)) {
        kind = StatusKind.IN_PROGRESS;
      } else {
        kind = StatusKind.CLOSED;
      }
    } else if (now.isBefore(first)) {
      kind = StatusKind.UPCOMING;
    } else if (now.isBefore(last)) {
      kind = StatusKind.IN_PROGRESS;
    } else {
      kind = StatusKind.CLOSED;
    }
    return new ProgramStatus(kind, label, opens, deadline, ends, Optional.empty());
  }

  /** The next application deadline still ahead of {@code now}, for sorting by "closing soonest". */
  public Optional<Instant> nextDeadline(Instant now) {
    return deadline.filter(d -> d.isAfter(now)).filter(d -> kind == StatusKind.OPEN || kind == StatusKind.UPCOMING);
  }

  /** The status in words for a card: "Applications close in 5 days". */
  public String describe(Instant now) {
    return switch (kind) {
      case OPEN -> deadline.map(d -> "Applications close " + in(now, d)).orElse(kind.label());
      case UPCOMING ->
          opens.map(o -> "Applications open " + in(now, o))
              .or(() -> deadline.map(d -> "Applications close " + in(now, d)))
              .orElse(kind.label());
      case IN_PROGRESS -> "In progress, applications closed";
      case ROLLING -> "Rolling: apply any time";
      case CLOSED -> cycle.map(c -> "Closed (last round: " + c + ")").orElse("Closed");
      case TBA -> kind.label();
    };
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
