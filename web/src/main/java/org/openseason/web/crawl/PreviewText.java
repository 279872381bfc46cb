package org.openseason.web.crawl;

import java.util.stream.Collectors;
import org.openseason.crawler.Extraction;
import org.openseason.crawler.Problem;
import org.openseason.crawler.ProgramCandidate;
import org.openseason.crawler.ProgramFact;
import org.openseason.domain.Milestone;
import org.openseason.domain.ProjectIdea;

/** A preview for people reading a terminal ({@code --format text}); JSON is the default. */
final class PreviewText {

  private PreviewText() {}

  static String of(Extraction e) {
    StringBuilder text = new StringBuilder();
    line(text, e.fetch().finalUrl() + ": " + e.fetch().outcome().key()
        + e.fetch().status().map(s -> " (HTTP " + s + ")").orElse(""));
    line(text, "programs: " + e.programs().size());
    for (ProgramCandidate p : e.programs()) {
      line(text, "  " + p.name() + p.homepage().map(u -> " <" + u + ">").orElse("")
          + (p.facts().isEmpty() ? "" : " - " + p.facts().stream().map(ProgramFact::key).collect(Collectors.joining(", "))));
    }
    line(text, "projects: " + e.projects().size());
    for (ProjectIdea idea : e.projects()) {
      line(text, "  " + idea.title() + idea.project().map(p -> " [" + p + "]").orElse("")
          + (idea.technologies().isEmpty() ? "" : " - " + String.join(", ", idea.technologies())));
    }
    line(text, "milestones: " + e.milestones().size());
    for (Milestone m : e.milestones()) {
      line(text, "  " + m.title() + ": " + m.start().at() + m.end().map(end -> " to " + end.at()).orElse(""));
    }
    line(text, "announcements: " + e.announcements().size());
    line(text, "problems: " + e.problems().size());
    for (Problem p : e.problems()) {
      line(text, "  " + p.stage().key() + " " + p.reason() + (p.fatal() ? " (fatal)" : "") + ": " + p.detail());
    }
    return text.toString();
  }

  private static void line(StringBuilder text, String line) {
    text.append(line).append(System.lineSeparator());
  }
}
