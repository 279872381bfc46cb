package org.openseason.crawler;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.openseason.domain.Urls;

/**
 * A program as one page describes it, before it is matched to a listing: a row of a list of programs, a program's
 * own page, or a schema.org item.
 *
 * @param name the program's name as published
 * @param homepage the program's own page
 * @param description a paragraph about it
 * @param codeOfConduct its code of conduct, found by link text and target
 * @param rules its rules or eligibility page, found by link text and target
 * @param timeline a page with its dates
 * @param facts eligibility, compensation, hours, cadence and other facts, each with its evidence
 */
public record ProgramCandidate(
    String name,
    Optional<URI> homepage,
    Optional<String> description,
    Optional<URI> codeOfConduct,
    Optional<URI> rules,
    Optional<URI> timeline,
    List<ProgramFact> facts) {

  public ProgramCandidate {
    requireNonNull(name, "name is null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is required");
    }
    homepage = web(homepage, "homepage");
    description = description == null ? Optional.empty() : description;
    codeOfConduct = web(codeOfConduct, "code_of_conduct");
    rules = web(rules, "rules");
    timeline = web(timeline, "timeline");
    facts = facts == null ? List.of() : List.copyOf(facts);
  }

  private static Optional<URI> web(Optional<URI> uri, String field) {
    if (uri == null) {
      return Optional.empty();
    }
    uri.ifPresent(u -> {
      if (!Urls.isWebUrl(u)) {
        throw new IllegalArgumentException(field + " '" + u + "' is not an absolute http(s) URL");
      }
    });
    return uri;
  }

  /** The facts of one kind, in the order the page gave them. */
  public <T extends ProgramFact> List<T> facts(Class<T> kind) {
    return facts.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /** The first fact of one kind. */
  public <T extends ProgramFact> Optional<T> fact(Class<T> kind) {
    return facts.stream().filter(kind::isInstance).map(kind::cast).findFirst();
  }
}
