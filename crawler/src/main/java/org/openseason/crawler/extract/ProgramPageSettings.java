package org.openseason.crawler.extract;

import java.net.URI;
import java.util.Optional;

/**
 * How to read a program's own page.
 *
 * @param homepage the program's homepage, when it is not the page read (a Markdown source of a site's page)
 * @param name the program's name, when the page's title is not it
 * @param onlyWithFacts true to give a candidate only when the page states at least one fact or links a code of
 *     conduct or rules (for previews of pages of unknown shape)
 */
public record ProgramPageSettings(Optional<URI> homepage, Optional<String> name, boolean onlyWithFacts)
    implements ExtractorSettings {

  public ProgramPageSettings {
    homepage = homepage == null ? Optional.empty() : homepage;
    name = name == null ? Optional.empty() : name;
  }

  public static ProgramPageSettings defaults() {
    return new ProgramPageSettings(Optional.empty(), Optional.empty(), false);
  }

  @Override
  public ExtractorKind kind() {
    return ExtractorKind.PROGRAM_PAGE;
  }
}
