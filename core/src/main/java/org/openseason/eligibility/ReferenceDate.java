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
 * <p>For an open, upcoming or running cycle that date is published. When the last cycle is over and the program
 * still runs, the next one is expected a year (or whole years) after it, as the programs in the catalog repeat
 * yearly: the date is then estimated. Without any dated cycle it is today.
 *
 * @param date the reference date
 * @param estimated true when it is projected from an earlier cycle rather than published
 */
public record ReferenceDate(LocalDate date, boolean estimated) {

  public static ReferenceDate of(Program program, Instant now) {
    ProgramStatus status = program.statusAt(now);
    LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
    AgeReference rule = program.eligibility().ageJudgedAt();
    if (status.kind() == StatusKind.OPEN || status.kind() == StatusKind.UPCOMING || status.kind() == StatusKind.IN_PROGRESS) {
      Optional<LocalDate> published =
          program.cycles().stream()
              .filter(c -> status.cycle().equals(Optional.of(c.label())))
              .findFirst()
              .flatMap(c -> dateIn(c.milestones(), rule));
      if (published.isPresent()) {
        return new ReferenceDate(published.get(), false);
      }
    }
    if (status.kind() == StatusKind.CLOSED && program.lifecycle().isRunning()) {
      Optional<LocalDate> last =
          program.cycles().stream()
              .map(Cycle::milestones)
              .flatMap(ms -> dateIn(ms, rule).stream())
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

  private static Optional<LocalDate> dateIn(List<Milestone> milestones, AgeReference reference) {
    Optional<Instant> deadline =
        milestones.stream().flatMap(m -> m.deadline().stream()).max(Comparator.naturalOrder());
    Optional<Instant> opening = first(milestones, MilestoneKind.APPLICATIONS);
    Optional<Instant> start =
        first(milestones, MilestoneKind.PROGRAM).or(() -> first(milestones, MilestoneKind.PROGRAM_START));
    Optional<Instant> chosen =
        switch (reference) {
          case PROGRAM_START -> start.or(() -> deadline);
          case APPLICATION_DEADLINE -> deadline.or(() -> start);
          case REGISTRATION -> opening.or(() -> deadline).or(() -> start);
        };
    return chosen
        .or(() -> milestones.stream().map(Milestone::startInstant).findFirst())
        .map(i -> i.atZone(ZoneOffset.UTC).toLocalDate());
  }

  private static Optional<Instant> first(List<Milestone> milestones, MilestoneKind kind) {
    return milestones.stream().filter(m -> m.kind() == kind).map(Milestone::startInstant).findFirst();
  }
}
