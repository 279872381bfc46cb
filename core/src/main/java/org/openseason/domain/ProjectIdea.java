package org.openseason.domain;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A project a participant may work on during a cycle.
 *
 * @param title the idea's title
 * @param project the open-source project it belongs to
 * @param description what the work is
 * @param skills skills in words
 * @param technologies technologies, as interest keys where known
 * @param difficulty published difficulty or level
 * @param size published size or length
 * @param link where the idea is described
 */
public record ProjectIdea(
    String title,
    Optional<String> project,
    String description,
    List<String> skills,
    List<String> technologies,
    Optional<String> difficulty,
    Optional<String> size,
    Optional<URI> link) {

  public ProjectIdea {
    title = Text.required(title, "title", 300);
    project = Text.optional(project, "project", 200);
    description = description == null ? "" : Text.optional(Optional.of(description), "description", 10_000).orElse("");
    skills = Text.list(skills, "skills", 200);
    technologies = Text.list(technologies, "technologies", 100);
    difficulty = Text.optional(difficulty, "difficulty", 100);
    size = Text.optional(size, "size", 100);
    link = Urls.optional(link, "link");
  }
}
