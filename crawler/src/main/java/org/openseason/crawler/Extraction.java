package org.openseason.crawler;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openseason.domain.Milestone;
import org.openseason.domain.ProjectIdea;

/**
 * Everything one source gave in one crawl: what was found, what could not be read and why, and how the fetch
 * went. A document that could not be fetched or parsed gives empty lists and its problems: nothing partial.
 *
 * @param sourceId the id of the source, empty for a preview
 * @param program the slug of the program the source feeds, if any
 * @param fetch how the fetch went, with validators for the next conditional request
 * @param programs program candidates
 * @param projects project ideas
 * @param milestones milestones, in order of their start
 * @param announcements feed items
 * @param problems what could not be read, by stage and reason
 */
public record Extraction(Optional<String> sourceId, Optional<String> program, FetchInfo fetch,
    List<ProgramCandidate> programs, List<ProjectIdea> projects, List<Milestone> milestones,
    List<Announcement> announcements, List<Problem> problems) {

  public Extraction {
    sourceId = sourceId == null ? Optional.empty() : sourceId;
    program = program == null ? Optional.empty() : program;
    requireNonNull(fetch, "fetch is null");
    programs = List.copyOf(programs);
    projects = List.copyOf(projects);
    milestones = List.copyOf(milestones);
    announcements = List.copyOf(announcements);
    problems = List.copyOf(problems);
  }

  /** True when the document yielded nothing because of a problem (fetch failed, disallowed, unparseable). */
  public boolean failed() {
    return problems.stream().anyMatch(Problem::fatal);
  }

  /** True when anything at all was found. */
  public boolean foundAnything() {
    return !programs.isEmpty() || !projects.isEmpty() || !milestones.isEmpty() || !announcements.isEmpty();
  }

  /**
   * The extraction as plain maps, lists, strings, numbers and booleans, dates in ISO-8601, ready to print as
   * JSON: {@code source}, {@code url}, {@code fetch}, {@code programs}, {@code projects}, {@code milestones}
   * (label, kind, start, end), {@code announcements} and {@code problems}.
   */
  public Map<String, Object> toMap() {
    return ExtractionMaps.of(this);
  }
}
