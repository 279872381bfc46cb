package org.openseason.crawler;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openseason.domain.Milestone;
import org.openseason.domain.ProjectIdea;
import org.openseason.domain.When;

/** The one mapping from an {@link Extraction} to plain maps and lists, with snake_case keys and ISO-8601 dates. */
final class ExtractionMaps {

  private ExtractionMaps() {}

  static Map<String, Object> of(Extraction e) {
    Map<String, Object> map = new LinkedHashMap<>();
    e.sourceId().ifPresent(id -> map.put("source", id));
    e.program().ifPresent(slug -> map.put("program", slug));
    map.put("url", e.fetch().finalUrl().toString());
    map.put("fetch", fetch(e.fetch()));
    map.put("programs", e.programs().stream().map(ExtractionMaps::program).toList());
    map.put("projects", e.projects().stream().map(ExtractionMaps::project).toList());
    map.put("milestones", e.milestones().stream().map(ExtractionMaps::milestone).toList());
    map.put("announcements", e.announcements().stream().map(ExtractionMaps::announcement).toList());
    map.put("problems", e.problems().stream().map(ExtractionMaps::problem).toList());
    return map;
  }

  private static Map<String, Object> fetch(FetchInfo f) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("outcome", f.outcome().key());
    map.put("final_url", f.finalUrl().toString());
    f.status().ifPresent(s -> map.put("status", s));
    f.validators().etag().ifPresent(etag -> map.put("etag", etag));
    f.validators().lastModified().ifPresent(date -> map.put("last_modified", date));
    map.put("fetched_at", f.fetchedAt().toString());
    f.contentType().ifPresent(t -> map.put("content_type", t));
    if (!f.redirects().isEmpty()) {
      map.put("redirects", f.redirects().stream().map(Object::toString).toList());
    }
    f.retryAfter().ifPresent(d -> map.put("retry_after_seconds", d.toSeconds()));
    return map;
  }

  private static Map<String, Object> program(ProgramCandidate p) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("name", p.name());
    p.homepage().ifPresent(u -> map.put("homepage", u.toString()));
    p.description().ifPresent(d -> map.put("description", d));
    p.codeOfConduct().ifPresent(u -> map.put("code_of_conduct", u.toString()));
    p.rules().ifPresent(u -> map.put("rules", u.toString()));
    p.timeline().ifPresent(u -> map.put("timeline", u.toString()));
    map.put("facts", p.facts().stream().map(ProgramFact::toMap).toList());
    return map;
  }

  private static Map<String, Object> project(ProjectIdea idea) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("title", idea.title());
    idea.project().ifPresent(p -> map.put("project", p));
    idea.link().ifPresent(u -> map.put("url", u.toString()));
    map.put("skills", List.copyOf(idea.skills()));
    map.put("technologies", List.copyOf(idea.technologies()));
    if (!idea.description().isEmpty()) {
      map.put("description", idea.description());
    }
    idea.difficulty().ifPresent(d -> map.put("difficulty", d));
    idea.size().ifPresent(s -> map.put("size", s));
    return map;
  }

  private static Map<String, Object> milestone(Milestone m) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("label", m.title());
    map.put("kind", m.kind().key());
    map.put("start", iso(m.start()));
    m.end().ifPresent(end -> map.put("end", iso(end)));
    return map;
  }

  private static Map<String, Object> announcement(Announcement a) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("title", a.title());
    a.link().ifPresent(u -> map.put("url", u.toString()));
    a.published().map(Instant::toString).ifPresent(p -> map.put("published", p));
    map.put("applications_open", a.applicationsOpen());
    a.evidence().ifPresent(e -> map.put("evidence", e));
    return map;
  }

  private static Map<String, Object> problem(Problem p) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("stage", p.stage().key());
    map.put("reason", p.reason());
    map.put("detail", p.detail());
    map.put("fatal", p.fatal());
    return map;
  }

  /** A day alone as {@code 2026-07-01}; a time with its offset, {@code 2026-07-28T18:00Z}. */
  static String iso(When when) {
    return when.dateOnly() ? when.date().toString() : when.at().toOffsetDateTime().toString();
  }
}
