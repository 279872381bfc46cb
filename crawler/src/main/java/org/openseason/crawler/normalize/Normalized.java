package org.openseason.crawler.normalize;

import java.util.List;
import org.openseason.crawler.Announcement;
import org.openseason.crawler.Problem;
import org.openseason.crawler.ProgramCandidate;
import org.openseason.domain.Milestone;
import org.openseason.domain.ProjectIdea;

/**
 * The values made of one document's findings.
 *
 * @param programs program candidates
 * @param projects project ideas
 * @param milestones milestones in order of their start
 * @param announcements announcements
 * @param problems what could not be turned into a value
 */
public record Normalized(List<ProgramCandidate> programs, List<ProjectIdea> projects, List<Milestone> milestones,
    List<Announcement> announcements, List<Problem> problems) {

  public Normalized {
    programs = List.copyOf(programs);
    projects = List.copyOf(projects);
    milestones = List.copyOf(milestones);
    announcements = List.copyOf(announcements);
    problems = List.copyOf(problems);
  }
}
