package org.openseason.api.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openseason.api.system.ApiException;
import org.openseason.api.system.Problem.InvalidParam;
import org.openseason.domain.Slugs;
import org.openseason.index.IdeaHit;
import org.openseason.index.IdeaResult;
import org.openseason.index.ProgramIndex;
import org.openseason.index.SearchRequest;

/** {@code GET /api/v1/projects?q=...&program=...}: search project ideas across programs. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProjectsController {

  private static final Set<String> KNOWN = Set.of("q", "program", "page", "size");

  private final ProgramIndex index;

  ProjectsController(ProgramIndex index) {
    this.index = index;
  }

  @Get(uri = "/projects", produces = MediaType.APPLICATION_JSON)
  Projects projects(HttpRequest<?> request) {
    Map<String, List<String>> params = request.getParameters().asMap();
    List<InvalidParam> invalid = new ArrayList<>();
    params.forEach((name, values) -> {
      if (!KNOWN.contains(name)) {
        invalid.add(new InvalidParam(name, "is not a known parameter; known: q, program, page, size"));
      } else if (values.stream().anyMatch(v -> v.indexOf('\uFFFD') >= 0)) {
        invalid.add(new InvalidParam(name, "is not valid UTF-8"));
      }
    });
    String q = SearchParameters.plainText(SearchParameters.single(params, "q").orElse(""));
    if (q.length() > SearchParameters.MAX_QUERY_LENGTH) {
      invalid.add(new InvalidParam("q", "is longer than " + SearchParameters.MAX_QUERY_LENGTH + " characters"));
    }
    Set<String> programs = new LinkedHashSet<>();
    for (String slug : params.getOrDefault("program", List.of())) {
      if (Slugs.isValid(slug)) {
        programs.add(slug);
      } else {
        invalid.add(new InvalidParam("program", "'" + slug + "' is not a program identifier"));
      }
    }
    int size = SearchParameters.integer(params, "size", SearchParameters.DEFAULT_SIZE, invalid);
    size = Math.max(1, Math.min(size, SearchParameters.MAX_SIZE));
    int page = SearchParameters.integer(params, "page", 1, invalid);
    if (page < 1 || (long) page * size > SearchRequest.MAX_WINDOW) {
      invalid.add(new InvalidParam("page", "must be between 1 and " + SearchRequest.MAX_WINDOW / size + " for size " + size));
    }
    if (!invalid.isEmpty()) {
      throw ApiException.badParameters(invalid);
    }
    IdeaResult result = index.searchIdeas(q, programs, (page - 1) * size, size);
    return new Projects(result.total(), page, size, result.hits().stream().map(Project::of).toList());
  }

  /**
   * A page of project ideas.
   *
   * @param total how many match
   * @param page the 1-based page
   * @param size results per page
   * @param results the ideas
   */
  @Serdeable
  record Projects(long total, int page, int size, List<Project> results) {}

  /**
   * One project idea.
   *
   * @param title its title
   * @param project the open-source project
   * @param program the program's slug
   * @param programName the program's name
   * @param cycle the cycle it is offered in
   * @param description what the work is
   * @param skills skills
   * @param technologies technologies
   * @param level difficulty and size
   * @param url where it is described
   */
  @Serdeable
  record Project(
      String title,
      @Nullable String project,
      String program,
      @com.fasterxml.jackson.annotation.JsonProperty("program_name") String programName,
      String cycle,
      String description,
      List<String> skills,
      List<String> technologies,
      List<String> level,
      @Nullable String url) {

    static Project of(IdeaHit h) {
      return new Project(h.title(), h.project().orElse(null), h.programSlug(), h.programName(), h.cycle(),
          h.description(), h.skills(), h.technologies(), h.level(), h.link().orElse(null));
    }
  }
}
