package org.openseason.domain;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * A dated step of a cycle. Times keep the zone they were published in ("18:00 UTC").
 *
 * @param kind what happens
 * @param label the published name, when it says more than the kind
 * @param start when it starts (or happens, for a single instant)
 * @param end when it ends, for a window
 * @param expected present when the milestone is forecast from earlier rounds instead of announced
 */
public record Milestone(
    MilestoneKind kind, Optional<String> label, When start, Optional<When> end, Optional<Expectation> expected) {

  public Milestone {
    requireNonNull(kind, "kind is null");
    label = Text.optional(label, "label", 200);
    requireNonNull(start, "start is null");
    end = end == null ? Optional.empty() : end;
    expected = expected == null ? Optional.empty() : expected;
    if (end.isPresent() && end.get().instant().isBefore(start.instant())) {
      throw new IllegalArgumentException("end " + end.get().at() + " is before start " + start.at());
    }
  }

  /** An announced milestone. */
  public Milestone(MilestoneKind kind, Optional<String> label, When start, Optional<When> end) {
    this(kind, label, start, end, Optional.empty());
  }

  public boolean isExpected() {
    return expected.isPresent();
  }

  /** The name to show: the published label, or the kind's. */
  public String title() {
    return label.orElse(kind.label());
  }

  public Instant startInstant() {
    return start.instant();
  }

  /** The end of a window, or the start of a single instant. */
  public Instant lastInstant() {
    return end.orElse(start).instant();
  }

  /** The instant at which applications close, for the kinds that close them. */
  public Optional<Instant> deadline() {
    return switch (kind) {
      case APPLICATIONS -> end.map(When::instant);
      case APPLICATION_DEADLINE -> Optional.of(start.instant());
      default -> Optional.empty();
    };
  }
}
