package org.openseason.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openseason.domain.AgeReference;
import org.openseason.domain.Cycle;
import org.openseason.domain.Milestone;
import org.openseason.domain.MilestoneKind;
import org.openseason.domain.Program;
import org.openseason.domain.ProgramStatus;
import org.openseason.domain.StatusKind;

/**
 * The date a program's rules are judged at, in the cycle a person would apply to: the milestone its age rule names,
 * by default the start of the program.
 *
 * <p>For an open, upcoming or running round that date is published; for an expected round it is forecast from
 * earlier rounds ({@link org.openseason.domain.Forecast}) and estimated. When the last round is over and no next one can be forecast but
 * the program still runs, the next one is expected a year (or whole years) after it, as the programs in the catalog
 * repeat yearly: the date is then estimated too. Without any dated round it is today.
 *
 * @param date the reference date
 * @param estimated true when it is projected from an earlier cycle rather than published
 */
public record ReferenceDate(LocalDate date, boolean estimated) {

  public static ReferenceDate of(Program program, Instant now) {
    // The rounds once, for the status and for the date it names: forecasting them is the costly part.
    List<Cycle> rounds = program.rounds(now);
    ProgramStatus status = ProgramStatus.of(program, rounds, now);
    LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
    AgeReference rule = program.eligibility().ageJudgedAt();
    if (status.kind() == StatusKind.OPEN || status.kind() == StatusKind.UPCOMING
        || status.kind() == StatusKind.EXPECTED || status.kind() == StatusKind.IN_PROGRESS) {
      Optional<Point> chosen =
          rounds.stream()
              .filter(c -> status.cycle().equals(Optional.of(c.label())))
              .findFirst()
              .flatMap(c -> pointIn(c.milestones(), rule));
      if (chosen.isPresent()) {
        return new ReferenceDate(chosen.get().day(), chosen.get().expected());
      }
    }
    if (status.kind() == StatusKind.CLOSED && program.lifecycle().isRunning()) {
      Optional<LocalDate> last =
          program.cycles().stream()
              .map(Cycle::milestones)
              .flatMap(ms -> pointIn(ms, rule).map(Point::day).stream())
              .max(Comparator.naturalOrder());
      if (last.isPresent()) {
        LocalDate next = last.get();
        while (next.isBefore(today)) {
          next = next.plusYears(1);
        }
        return new ReferenceDate(next, true);
      }
    }
    return new ReferenceDate(today, false);
  }

  /** A dated point of a round, and whether it is forecast. */
  private record Point(Instant at, boolean expected) {
    LocalDate day() {
      return at.atZone(ZoneOffset.UTC).toLocalDate();
    }
  }

  private static Optional<Point> pointIn(List<Milestone> milestones, AgeReference reference) {
    Optional<Point> deadline =
        milestones.stream()
            .flatMap(m -> m.deadline().map(d -> new Point(d, m.isExpected())).stream())
            .max(Comparator.comparing(Point::at));
    Optional<Point> opening = first(milestones, MilestoneKind.APPLICATIONS);
    Optional<Point> start =
        first(milestones, MilestoneKind.PROGRAM).or(() -> first(milestones, MilestoneKind.PROGRAM_START));
    Optional<Point> chosen =
        switch (reference) {
          case PROGRAM_START -> start.or(() -> deadline);
          case APPLICATION_DEADLINE -> deadline.or(() -> start);
          case REGISTRATION -> opening.or(() -> deadline).or(() -> start);
        };
    return chosen.or(() -> milestones.stream().findFirst().map(m -> new Point(m.startInstant(), m.isExpected())));
  }

  private static Optional<Point> first(List<Milestone> milestones, MilestoneKind kind) {
    return milestones.stream()
        .filter(m -> m.kind() == kind)
        .findFirst()
        .map(m -> new Point(m.startInstant(), m.isExpected()));
  }
}
