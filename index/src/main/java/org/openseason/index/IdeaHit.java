package org.openseason.index;

import java.util.List;
import java.util.Optional;

/**
 * A project idea found by a search.
 *
 * @param programSlug the program it belongs to
 * @param programName that program's name
 * @param cycle the cycle it is offered in
 * @param title its title
 * @param project the open-source project it belongs to
 * @param description what the work is
 * @param skills skills in words
 * @param technologies technologies
 * @param level its difficulty and size
 * @param link where it is described
 * @param score the relevance score
 */
public record IdeaHit(
    String programSlug,
    String programName,
    String cycle,
    String title,
    Optional<String> project,
    String description,
    List<String> skills,
    List<String> technologies,
    List<String> level,
    Optional<String> link,
    float score) {

  public IdeaHit {
    skills = List.copyOf(skills);
    technologies = List.copyOf(technologies);
    level = List.copyOf(level);
  }
}
