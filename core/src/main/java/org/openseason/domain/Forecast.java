package org.openseason.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A program's rounds with its next one forecast from its history, where it is not announced.
 *
 * <p>Rounds form series by their label: "2025", "2026" are one series; "2025 Term 1", "2026 Term 1" another, next
 * to "2026 Term 2". When the latest round of a series has closed its applications, the series' next round (the
 * following year) is expected; when it is announced but lacks a step, that step is expected. A step is forecast
 * only from at least two earlier rounds that had it (the n-th milestone of a kind in one round matches the n-th of
 * that kind in another), on the same day one year after its latest occurrence: "around", never to the hour.
 * Announced milestones always win, step by step, so the first announced date replaces the forecast. Programs that
 * are not active get no forecast, and an expected step that would already be over is dropped: an honest "to be
 * announced" beats a guess about the past. When the round after the latest known one would have begun already (a
 * step of it is over), the round after that is expected instead, but never one further: an older history says too
 * little.
 */
public final class Forecast {

  /** A year, optionally a second year ("2025-26"), then the series' name. */
  private static final Pattern LABEL = Pattern.compile("(\\d{4})(?:([-/])(\\d{2}|\\d{4}))?(?:\\s+(.*))?");

  private static final int MINIMUM_HISTORY = 2;

  /**
   * How far past the latest known round a forecast may look: when the round after it would already be over (a
   * round the listing does not hold yet), the one after that is expected, and never a later one.
   */
  private static final int MAX_YEARS_AHEAD = 2;

  private Forecast() {}

  /** The program's rounds, oldest first, with expected rounds and steps added; the stored cycles are unchanged. */
  public static List<Cycle> rounds(Program program, Instant now) {
    if (program.lifecycle() != Lifecycle.ACTIVE) {
      return program.cycles();
    }
    Map<String, List<Dated>> series = new LinkedHashMap<>();
    for (Cycle cycle : program.cycles()) {
      label(cycle).ifPresent(d -> series.computeIfAbsent(d.series(), k -> new ArrayList<>()).add(d));
    }
    List<Cycle> rounds = new ArrayList<>(program.cycles());
    for (List<Dated> history : series.values()) {
      history.sort(Comparator.comparingInt(Dated::year));
      next(history, now).ifPresent(next -> put(rounds, next));
    }
    if (rounds.size() == program.cycles().size() && rounds.equals(program.cycles())) {
      return program.cycles();
    }
    rounds.sort(Comparator.comparing(Forecast::firstInstant));
    return List.copyOf(rounds);
  }

  private static Optional<Cycle> next(List<Dated> history, Instant now) {
    Dated latest = history.get(history.size() - 1);
    List<Milestone> dated = latest.cycle().milestones();
    boolean closed = !dated.isEmpty() && dated.stream()
        .allMatch(m -> !m.startInstant().isAfter(now) && m.deadline().map(d -> !d.isAfter(now)).orElse(true));
    List<Dated> basis = closed ? history : history.subList(0, history.size() - 1);
    if (basis.size() < MINIMUM_HISTORY) {
      return Optional.empty();
    }
    if (!closed) {
      List<Milestone> expected = future(expectedSteps(basis, latest.year(), steps(dated).keySet()), now);
      if (expected.isEmpty()) {
        return Optional.empty();
      }
      List<Milestone> milestones = new ArrayList<>(dated);
      milestones.addAll(expected);
      return Optional.of(latest.cycle().withMilestones(milestones));
    }
    // A round part of which would already be over (its applications, most often) is one nobody can plan for:
    // the round after it is the one to expect.
    for (int year = latest.year() + 1; year <= latest.year() + MAX_YEARS_AHEAD; year++) {
      List<Milestone> expected = expectedSteps(basis, year, Set.of());
      if (!expected.isEmpty() && future(expected, now).size() == expected.size()) {
        return Optional.of(new Cycle(latest.labelFor(year), false, expected, List.of()));
      }
    }
    return Optional.empty();
  }

  /** The steps still to come: a forecast about the past is no forecast. */
  private static List<Milestone> future(List<Milestone> expected, Instant now) {
    return expected.stream().filter(m -> !m.lastInstant().isBefore(now)).toList();
  }

  /** One expected milestone per step that at least two rounds of the basis had and the target lacks. */
  private static List<Milestone> expectedSteps(List<Dated> basis, int year, Set<String> announced) {
    Map<String, List<Dated.Step>> occurrences = new LinkedHashMap<>();
    for (Dated round : basis) {
      steps(round.cycle().milestones())
          .forEach((key, m) -> occurrences.computeIfAbsent(key, k -> new ArrayList<>()).add(new Dated.Step(round.year(), m)));
    }
    List<Milestone> expected = new ArrayList<>();
    occurrences.forEach((key, steps) -> {
      if (steps.size() < MINIMUM_HISTORY || announced.contains(key)) {
        return;
      }
      Dated.Step last = steps.get(steps.size() - 1);
      int years = year - last.year();
      List<LocalDate> days = steps.stream().map(s -> s.milestone().start().date()).toList();
      expected.add(shifted(last.milestone(), years, new Expectation(days.subList(Math.max(0, days.size() - 3), days.size()))));
    });
    return expected;
  }

  /** The same step {@code years} later, to the day: a forecast claims no time of day. */
  private static Milestone shifted(Milestone m, int years, Expectation why) {
    boolean endsSomething = m.kind() == MilestoneKind.APPLICATION_DEADLINE || m.kind() == MilestoneKind.PROGRAM_END;
    When start = day(m.start(), years, endsSomething);
    Optional<When> end = m.end().map(e -> day(e, years, true));
    return new Milestone(m.kind(), m.label(), start, end, Optional.of(why));
  }

  private static When day(When when, int years, boolean endOfDay) {
    LocalDate date = when.date().plusYears(years);
    return endOfDay ? When.endOfDay(date, when.at().getZone()) : When.startOfDay(date, when.at().getZone());
  }

  /**
   * Milestones keyed by step: kind and its ordinal among milestones of that kind ("applications#0"). A deadline
   * published alone is the same step as an application window: programs publish one or the other from year to year.
   */
  private static Map<String, Milestone> steps(List<Milestone> milestones) {
    Map<String, Milestone> steps = new LinkedHashMap<>();
    Map<MilestoneKind, Integer> seen = new HashMap<>();
    for (Milestone m : milestones) {
      if (m.isExpected()) {
        continue;
      }
      MilestoneKind step = m.kind() == MilestoneKind.APPLICATION_DEADLINE ? MilestoneKind.APPLICATIONS : m.kind();
      int n = seen.merge(step, 1, Integer::sum) - 1;
      steps.put(step.key() + "#" + n, m);
    }
    return steps;
  }

  private static void put(List<Cycle> rounds, Cycle round) {
    for (int i = 0; i < rounds.size(); i++) {
      if (rounds.get(i).label().equals(round.label())) {
        rounds.set(i, round);
        return;
      }
    }
    rounds.add(round);
  }

  private static Instant firstInstant(Cycle c) {
    return c.milestones().isEmpty() ? Instant.MIN : c.milestones().get(0).startInstant();
  }

  private static Optional<Dated> label(Cycle cycle) {
    if (cycle.rolling()) {
      return Optional.empty();
    }
    Matcher m = LABEL.matcher(cycle.label().strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    Optional<String> second = Optional.ofNullable(m.group(3));
    String name = Optional.ofNullable(m.group(4)).orElse("").strip();
    String key = (second.isPresent() ? "span " : "") + name.toLowerCase(Locale.ROOT);
    return Optional.of(new Dated(cycle, year, key, Optional.ofNullable(m.group(2)), second, name));
  }

  /** A round with the year and series its label names. */
  private record Dated(
      Cycle cycle, int year, String series, Optional<String> separator, Optional<String> secondYear, String name) {

    /** The label of this series' round of {@code next}: "2027 Term 1", "2026-27". */
    String labelFor(int next) {
      StringBuilder label = new StringBuilder().append(next);
      secondYear.ifPresent(y -> {
        int second = Integer.parseInt(y) + (next - year);
        label.append(separator.orElse("-")).append(y.length() == 2 ? String.format("%02d", second % 100) : second);
      });
      if (!name.isEmpty()) {
        label.append(' ').append(name);
      }
      return label.toString();
    }

    record Step(int year, Milestone milestone) {}
  }
}
