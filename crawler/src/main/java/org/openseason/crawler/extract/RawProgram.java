package org.openseason.crawler.extract;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.openseason.crawler.ProgramFact;

/**
 * A program as a page shows it.
 *
 * @param name its name as published
 * @param link its homepage, as an absolute URL text
 * @param description a paragraph about it
 * @param codeOfConduct the code-of-conduct link
 * @param rules the rules or eligibility link
 * @param timeline a link to its dates
 * @param facts facts read from phrases, cells and footnotes
 */
public record RawProgram(String name, Optional<String> link, Optional<String> description,
    Optional<String> codeOfConduct, Optional<String> rules, Optional<String> timeline, List<ProgramFact> facts) {

  public RawProgram {
    requireNonNull(name, "name is null");
    facts = List.copyOf(facts);
  }
}
