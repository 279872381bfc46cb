package org.openseason.domain;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One round of a program: a year, a term, or "rolling" for programs that take people at any time.
 *
 * @param label "2026", "2026 Term 3", "rolling"
 * @param rolling true when people can join at any time
 * @param milestones the dated steps, kept in order of their start
 * @param ideas the project ideas offered in this cycle
 * @param source the page that published this cycle's dates, when it is not the listing's own source
 */
public record Cycle(
    String label, boolean rolling, List<Milestone> milestones, List<ProjectIdea> ideas, Optional<URI> source) {

  public Cycle {
    label = Text.required(label, "label", 100);
    milestones =
        milestones == null
            ? List.of()
            : milestones.stream().sorted(Comparator.comparing(Milestone::startInstant)).toList();
    ideas = ideas == null ? List.of() : List.copyOf(ideas);
    source = Urls.optional(source, "source");
  }

  public Cycle(String label, boolean rolling, List<Milestone> milestones, List<ProjectIdea> ideas) {
    this(label, rolling, milestones, ideas, Optional.empty());
  }

  public Cycle withIdeas(List<ProjectIdea> newIdeas) {
    return new Cycle(label, rolling, milestones, newIdeas, source);
  }

  public Cycle withMilestones(List<Milestone> newMilestones) {
    return new Cycle(label, rolling, newMilestones, ideas, source);
  }
}
