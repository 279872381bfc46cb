package org.openseason.crawler.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openseason.domain.Keyed;

/**
 * How to read ideas from headings and labelled bullets: "### Project" then "#### Idea", then bullets such as
 * "- Recommended Skills: Go, Kubernetes".
 *
 * @param levels the heading levels that name projects and ideas; empty to find them on each page
 *     ({@link HeadingLevels})
 * @param labels for each field, the bullet labels that hold it, matched ignoring case, punctuation and plurals;
 *     {@link IdeaField#DROP} lists labels whose values are personal data and are never read; a label listed under
 *     two fields belongs to the first in {@link IdeaField}'s order
 */
public record SectionsSettings(Optional<Levels> levels, Map<IdeaField, List<String>> labels)
    implements ExtractorSettings {

  /**
   * Heading levels set by a source.
   *
   * @param project the heading level (1-6) that names a project
   * @param idea the heading level (1-6) that names an idea, deeper than the project's
   */
  public record Levels(int project, int idea) {
    public Levels {
      if (project < 1 || project > 6 || idea < 1 || idea > 6 || idea <= project) {
        throw new IllegalArgumentException(
            "heading levels must be 1-6 with the idea level deeper than the project's");
      }
    }
  }

  /** A field an idea's labelled bullet can hold. */
  public enum IdeaField implements Keyed {
    /**
     * Mentors and contacts: recognised so that their names, e-mail addresses and ids are never read. First, so that
     * a label listed both here and under another field is dropped.
     */
    DROP,
    DESCRIPTION, SKILLS, TECHNOLOGIES, LINK, ISSUE, DIFFICULTY, SIZE
  }

  public SectionsSettings {
    levels = levels == null ? Optional.empty() : levels;
    Map<IdeaField, List<String>> copy = new EnumMap<>(IdeaField.class);
    labels.forEach((field, names) -> copy.put(field, List.copyOf(names)));
    labels = Collections.unmodifiableMap(copy);
  }

  /** Levels found on each page, and the labels idea lists usually use. */
  public static SectionsSettings defaults() {
    return of(Optional.empty(), Map.of());
  }

  /** The idea level deeper than the project level, as set by a source. */
  public Optional<Integer> ideaLevel() {
    return levels.map(Levels::idea);
  }

  /** {@code extra} labels are added to the default labels of the fields they name. */
  public static SectionsSettings of(Optional<Levels> levels, Map<IdeaField, List<String>> extra) {
    Map<IdeaField, List<String>> labels = new EnumMap<>(IdeaField.class);
    labels.put(IdeaField.DESCRIPTION, List.of("description", "summary", "abstract", "overview",
        "project description"));
    labels.put(IdeaField.SKILLS, List.of("recommended skills", "skills", "required skills", "skills required",
        "desired skills", "prerequisites", "prerequisite"));
    labels.put(IdeaField.TECHNOLOGIES, List.of("technologies", "technology", "tech stack", "languages", "stack"));
    labels.put(IdeaField.LINK, List.of("lfx url", "lfx link", "application link", "apply", "link", "url",
        "project link"));
    labels.put(IdeaField.ISSUE, List.of("upstream issue", "upstream issue (url)", "issue", "github issue",
        "tracking issue"));
    labels.put(IdeaField.DIFFICULTY, List.of("difficulty", "level", "difficulty level", "difficulty rating"));
    labels.put(IdeaField.SIZE, List.of("size", "expected size", "expected size of the project", "project size",
        "length", "duration", "estimated hours", "hours"));
    labels.put(IdeaField.DROP, List.of("mentor", "mentor(s)", "mentors", "co-mentor", "co-mentors", "mentor name",
        "contact", "contacts", "mentee", "mentees", "lfid", "email", "e-mail"));
    extra.forEach((field, names) -> {
      List<String> all = new ArrayList<>(names);
      all.addAll(labels.getOrDefault(field, List.of()));
      labels.put(field, all);
    });
    return new SectionsSettings(levels, labels);
  }

  @Override
  public ExtractorKind kind() {
    return ExtractorKind.SECTIONS;
  }
}
