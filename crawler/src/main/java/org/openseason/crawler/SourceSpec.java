package org.openseason.crawler;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.openseason.crawler.extract.ExtractorSettings;
import org.openseason.crawler.extract.Extractors;
import org.openseason.crawler.fetch.Validators;
import org.openseason.domain.Slugs;
import org.openseason.domain.Urls;

/**
 * One source as the crawl needs it.
 *
 * @param id the source's stable id (lower-case words joined by {@code -})
 * @param url where it is published
 * @param kind HTML, Markdown or feed
 * @param extractors the extractors that read it, with their settings; empty means the defaults for its kind
 * @param program the slug of the program it feeds, if any
 * @param validators the validators of the last fetch, for a conditional request
 */
public record SourceSpec(String id, URI url, DocumentKind kind, List<ExtractorSettings> extractors,
    Optional<String> program, Validators validators) {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public SourceSpec {
    requireNonNull(id, "id is null");
    if (!ID.matcher(id).matches() || id.length() > 100) {
      throw new IllegalArgumentException("id '" + id + "' is not lower-case words joined by -");
    }
    requireNonNull(url, "url is null");
    if (!Urls.isWebUrl(url)) {
      throw new IllegalArgumentException("url '" + url + "' is not an absolute http(s) URL");
    }
    requireNonNull(kind, "kind is null");
    extractors = extractors == null ? List.of() : List.copyOf(extractors);
    program = program == null ? Optional.empty() : program;
    program.ifPresent(slug -> {
      if (!Slugs.isValid(slug)) {
        throw new IllegalArgumentException("program '" + slug + "' is not a program slug");
      }
    });
    validators = validators == null ? Validators.NONE : validators;
  }

  /** A source for a preview: any URL, the default extractors of its kind, nothing stored. */
  public static SourceSpec preview(URI url, DocumentKind kind) {
    return new SourceSpec("preview", url, kind, List.of(), Optional.empty(), Validators.NONE);
  }

  /** The extractors to run: the configured ones, or the defaults for the kind. */
  public List<ExtractorSettings> effectiveExtractors() {
    return extractors.isEmpty() ? Extractors.defaultsFor(kind) : extractors;
  }

  /** The same source, to be fetched conditionally with the validators of the last fetch. */
  public SourceSpec withValidators(Validators last) {
    return new SourceSpec(id, url, kind, extractors, program, last);
  }
}
