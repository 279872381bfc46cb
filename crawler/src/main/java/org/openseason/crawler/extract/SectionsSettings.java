package org.openseason.crawler.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openseason.domain.Keyed;

/**
 * How to read ideas from headings and labelled bullets: "### Project" then "#### Idea", then bullets such as
 * "- Recommended Skills: Go, Kubernetes".
 *
 * @param projectLevel the heading level (1-6) that names a project
 * @param ideaLevel the heading level (1-6) that names an idea, deeper than the project's
 * @param labels for each field, the bullet labels that hold it, matched ignoring case, punctuation and plurals;
 *     {@link IdeaField#DROP} lists labels whose values are personal data and are never read; a label listed under
 *     two fields belongs to the first in {@link IdeaField}'s order
 */
public record SectionsSettings(int projectLevel, int ideaLevel, Map<IdeaField, List<String>> labels)
    implements ExtractorSettings {

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
    if (projectLevel < 1 || projectLevel > 6 || ideaLevel < 1 || ideaLevel > 6 || ideaLevel <= projectLevel) {
      throw new IllegalArgumentException("heading levels must be 1-6 with the idea level deeper than the project's");
    }
    Map<IdeaField, List<String>> copy = new EnumMap<>(IdeaField.class);
    labels.forEach((field, names) -> copy.put(field, List.copyOf(names)));
    labels = Collections.unmodifiableMap(copy);
  }

  /** "### Project", "#### Idea", and the labels the CNCF term pages and similar idea lists use. */
  public static SectionsSettings defaults() {
    return of(3, 4, Map.of());
  }

  /** {@code extra} labels are added to the default labels of the fields they name. */
  public static SectionsSettings of(int projectLevel, int ideaLevel, Map<IdeaField, List<String>> extra) {
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
    return new SectionsSettings(projectLevel, ideaLevel, labels);
  }

  @Override
  public ExtractorKind kind() {
    return ExtractorKind.SECTIONS;
  }
}
