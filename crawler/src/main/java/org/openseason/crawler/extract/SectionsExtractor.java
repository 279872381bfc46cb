package org.openseason.crawler.extract;

import org.openseason.crawler.parse.Selectors;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.openseason.crawler.Problem;
import org.openseason.crawler.Stage;
import org.openseason.crawler.extract.SectionsSettings.IdeaField;
import org.openseason.crawler.normalize.Technologies;
import org.openseason.crawler.parse.HtmlPage;
import org.openseason.crawler.parse.ParsedDocument;

/**
 * Reads project ideas from headings: a heading at the project level names the project of the ideas below it, and a
 * heading at the idea level starts an idea, which runs to the next heading at that level or above. The levels are
 * the settings' or found on the page ({@link HeadingLevels}); a page without idea headings may list its ideas
 * instead ({@link IdeaLists}). When an
 * idea-level heading has no fields of its own but deeper headings with fields below it (a sub-project grouping its
 * ideas), each deeper heading is an idea. Headings inside quotes, lists and tables are text, not structure. An
 * idea's fields come from labelled bullets and labelled lines; bullets labelled as personal data (mentors,
 * contacts) are skipped unread.
 */
final class SectionsExtractor implements Extractor {

  private final SectionsSettings settings;
  private final Technologies technologies;

  SectionsExtractor(SectionsSettings settings, Technologies technologies) {
    this.settings = settings;
    this.technologies = technologies;
  }

  @Override
  public RawExtraction extract(ParsedDocument document) {
    if (!(document instanceof HtmlPage page)) {
      return RawExtraction.problem(Problem.warning(Stage.EXTRACT, ExtractReason.WRONG_DOCUMENT_KIND,
          "the sections extractor reads pages, not feeds"));
    }
    List<Element> headings = page.dom().select(Blocks.HEADING).stream()
        .filter(h -> h.closest(Blocks.NOT_STRUCTURE) == null && !Blocks.isChrome(h)).toList();
    Optional<HeadingLevels> found = settings.levels().map(l -> new HeadingLevels(l.project(), l.idea()))
        .or(() -> HeadingLevels.infer(headings, settings.labels()));
    List<RawProject> ideas = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    if (found.isPresent()) {
      ideas.addAll(headingIdeas(page, headings, found.get(), problems));
    }
    if (ideas.isEmpty()) {
      // No idea headings: a list of ideas under a heading that names them ("List of projects").
      problems.clear();
      ideas.addAll(IdeaLists.read(page, settings.labels()));
    }
    if (ideas.isEmpty()) {
      problems.add(Problem.warning(Stage.EXTRACT, ExtractReason.NOTHING_FOUND, found
          .map(l -> "no idea headings at level " + l.idea()).orElse("no idea headings and no list of ideas")));
    }
    return RawExtraction.ofProjects(ideas, problems);
  }

  private List<RawProject> headingIdeas(HtmlPage page, List<Element> headings, HeadingLevels levels,
      List<Problem> problems) {
    Set<Element> boundaries = identitySet();
    headings.stream().filter(h -> Blocks.level(h) <= levels.idea()).forEach(boundaries::add);
    List<RawProject> ideas = new ArrayList<>();
    String project = null;
    boolean inIdeas = levels.scope() != HeadingLevels.Scope.UNDER_IDEAS;
    for (int i = 0; i < headings.size(); i++) {
      Element heading = headings.get(i);
      int level = Blocks.level(heading);
      if (level < levels.idea() && levels.scope() == HeadingLevels.Scope.UNDER_IDEAS) {
        inIdeas = HeadingLevels.namesIdeas(heading.text());
      }
      if (level < levels.project()) {
        project = null;
      } else if (level == levels.project()) {
        // "## Project ideas" groups ideas but names no project.
        String title = SectionText.title(heading, page.markdown());
        project = HeadingLevels.namesIdeas(title) ? null : title;
      } else if (level == levels.idea() && inIdeas) {
        Optional<String> of = Optional.ofNullable(project).filter(p -> !p.isEmpty());
        List<RawProject> found = ideasUnder(headings, i, of, boundaries, page.markdown(),
            levels.scope() == HeadingLevels.Scope.LABELLED);
        if (found.isEmpty() && levels.scope() == HeadingLevels.Scope.EVERY) {
          problems.add(Problem.warning(Stage.EXTRACT, ExtractReason.INCOMPLETE_ITEM,
              "heading '" + Evidence.of(heading.text()) + "' has no idea text"));
        }
        ideas.addAll(found);
      }
    }
    return ideas;
  }

  /** The idea at {@code headings[index]}, or the ideas of its deeper headings when it only groups them. */
  private List<RawProject> ideasUnder(List<Element> headings, int index, Optional<String> project,
      Set<Element> boundaries, boolean markdown, boolean needsLabels) {
    Element heading = headings.get(index);
    List<Element> deeper = new ArrayList<>();
    for (int j = index + 1; j < headings.size() && !boundaries.contains(headings.get(j)); j++) {
      deeper.add(headings.get(j));
    }
    Set<Element> stops = identitySet();
    stops.addAll(boundaries);
    if (HeadingLevels.labelHeadings(deeper, settings.labels())) {
      // "#### Skills Required", "#### Mentors": the deeper headings label this idea's fields.
      Set<Element> labelHeadings = identitySet();
      labelHeadings.addAll(deeper);
      return idea(heading, SectionText.read(heading, stops, settings.labels(), labelHeadings), project, markdown)
          .stream().toList();
    }
    stops.addAll(deeper);
    SectionText own = SectionText.read(heading, stops, settings.labels());
    if (!own.fields().isEmpty()) {
      return idea(heading, own, project, markdown).stream().toList();
    }
    if (deeper.isEmpty()) {
      return needsLabels ? List.of() : idea(heading, own, project, markdown).stream().toList();
    }
    int subLevel = deeper.stream().mapToInt(Blocks::level).min().orElseThrow();
    Set<Element> subStops = identitySet();
    subStops.addAll(boundaries);
    deeper.stream().filter(h -> Blocks.level(h) <= subLevel).forEach(subStops::add);
    // Without a project heading above, the grouping heading names the project ("#### KubeVela", "##### Idea").
    Optional<String> group = project.or(() -> Optional.of(SectionText.title(heading, markdown)))
        .filter(p -> !p.isEmpty());
    List<RawProject> ideas = new ArrayList<>();
    for (Element sub : deeper) {
      if (Blocks.level(sub) == subLevel) {
        SectionText text = SectionText.read(sub, subStops, settings.labels());
        if (!needsLabels || !text.fields().isEmpty()) {
          idea(sub, text, group, markdown).ifPresent(ideas::add);
        }
      }
    }
    return ideas.isEmpty() && !needsLabels ? idea(heading, own, project, markdown).stream().toList() : ideas;
  }

  private Optional<RawProject> idea(Element heading, SectionText section, Optional<String> project,
      boolean markdown) {
    String title = SectionText.title(heading, markdown);
    Map<IdeaField, List<LabelledItem>> fields = new EnumMap<>(section.fields());
    fields.remove(IdeaField.DROP);
    if (title.isEmpty() || (fields.isEmpty() && section.paragraphs().isEmpty())) {
      return Optional.empty();
    }
    List<String> skills = values(fields, IdeaField.SKILLS);
    List<String> techs = fields.containsKey(IdeaField.TECHNOLOGIES) ? values(fields, IdeaField.TECHNOLOGIES)
        : technologies.knownKeys(skills);
    Optional<String> link = first(fields, IdeaField.LINK).flatMap(LabelledItem::firstLink)
        .or(() -> first(fields, IdeaField.ISSUE).flatMap(LabelledItem::firstLink))
        .or(() -> Optional.ofNullable(heading.selectFirst(Selectors.of("a[href^=http]"))).map(a -> a.absUrl("href")));
    return Optional.of(new RawProject(title, project, description(fields, section.paragraphs()), skills, techs,
        first(fields, IdeaField.DIFFICULTY).map(LabelledItem::inline).filter(d -> !d.isBlank()),
        first(fields, IdeaField.SIZE).map(LabelledItem::inline).filter(s -> !s.isBlank()), link));
  }

  /** The labelled description without a first line that only repeats the label ("## Description"). */
  private static Optional<String> description(Map<IdeaField, List<LabelledItem>> fields, List<String> paragraphs) {
    Optional<String> labelled = first(fields, IdeaField.DESCRIPTION).map(LabelledItem::text)
        .map(t -> t.replaceFirst("(?i)^\\s*description\\s*\\n", "").strip()).filter(t -> !t.isEmpty());
    if (labelled.isPresent()) {
      return labelled;
    }
    return paragraphs.isEmpty() ? Optional.empty()
        : Optional.of(String.join("\n\n", paragraphs.subList(0, Math.min(3, paragraphs.size()))));
  }

  private static Optional<LabelledItem> first(Map<IdeaField, List<LabelledItem>> fields, IdeaField field) {
    return fields.getOrDefault(field, List.of()).stream().findFirst();
  }

  private static List<String> values(Map<IdeaField, List<LabelledItem>> fields, IdeaField field) {
    return fields.getOrDefault(field, List.of()).stream().flatMap(i -> i.values().stream()).toList();
  }

  private static Set<Element> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }
}
