package org.openseason.domain;

import java.util.Comparator;
import java.util.List;

/**
 * One round of a program: a year, a term, or "rolling" for programs that take people at any time.
 *
 * @param label "2026", "2026 Term 3", "rolling"
 * @param rolling true when people can join at any time
 * @param milestones the dated steps, kept in order of their start
 * @param ideas the project ideas offered in this cycle
 */
public record Cycle(String label, boolean rolling, List<Milestone> milestones, List<ProjectIdea> ideas) {

  public Cycle {
    label = Text.required(label, "label", 100);
    milestones =
        milestones == null
            ? List.of()
            : milestones.stream().sorted(Comparator.comparing(Milestone::startInstant)).toList();
    ideas = ideas == null ? List.of() : List.copyOf(ideas);
  }

  public Cycle withIdeas(List<ProjectIdea> newIdeas) {
    return new Cycle(label, rolling, milestones, newIdeas);
  }
}
