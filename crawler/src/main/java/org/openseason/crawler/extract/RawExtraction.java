package org.openseason.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import org.openseason.crawler.Problem;

/**
 * What extractors found in one document, as the page wrote it: dates as text, links as text, technology names as
 * published. The normalize stage turns it into values.
 *
 * @param programs program candidates
 * @param projects project ideas
 * @param milestones dated steps
 * @param announcements feed items
 * @param problems what could not be read
 */
public record RawExtraction(List<RawProgram> programs, List<RawProject> projects, List<RawMilestone> milestones,
    List<RawAnnouncement> announcements, List<Problem> problems) {

  public static final RawExtraction EMPTY = new RawExtraction(List.of(), List.of(), List.of(), List.of(), List.of());

  public RawExtraction {
    programs = List.copyOf(programs);
    projects = List.copyOf(projects);
    milestones = List.copyOf(milestones);
    announcements = List.copyOf(announcements);
    problems = List.copyOf(problems);
  }

  /** Both extractions' findings together, this one's first. */
  public RawExtraction plus(RawExtraction other) {
    return new RawExtraction(concat(programs, other.programs), concat(projects, other.projects),
        concat(milestones, other.milestones), concat(announcements, other.announcements),
        concat(problems, other.problems));
  }

  static RawExtraction ofPrograms(List<RawProgram> programs, List<Problem> problems) {
    return new RawExtraction(programs, List.of(), List.of(), List.of(), problems);
  }

  static RawExtraction ofProjects(List<RawProject> projects, List<Problem> problems) {
    return new RawExtraction(List.of(), projects, List.of(), List.of(), problems);
  }

  static RawExtraction ofMilestones(List<RawMilestone> milestones, List<Problem> problems) {
    return new RawExtraction(List.of(), List.of(), milestones, List.of(), problems);
  }

  static RawExtraction problem(Problem problem) {
    return new RawExtraction(List.of(), List.of(), List.of(), List.of(), List.of(problem));
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a.size() + b.size());
    all.addAll(a);
    all.addAll(b);
    return all;
  }
}
