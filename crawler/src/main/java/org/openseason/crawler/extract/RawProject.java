package org.openseason.crawler.extract;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A project idea as a page shows it.
 *
 * @param title its title
 * @param project the open-source project it belongs to
 * @param description what the work is
 * @param skills skills as published, one per item
 * @param technologies technology names as published, one per item
 * @param difficulty published difficulty
 * @param size published size or length
 * @param link where it is described or applied for, as an absolute URL text
 */
public record RawProject(String title, Optional<String> project, Optional<String> description, List<String> skills,
    List<String> technologies, Optional<String> difficulty, Optional<String> size, Optional<String> link) {

  public RawProject {
    requireNonNull(title, "title is null");
    skills = List.copyOf(skills);
    technologies = List.copyOf(technologies);
  }
}
