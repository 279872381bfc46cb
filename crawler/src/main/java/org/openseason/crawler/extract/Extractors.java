package org.openseason.crawler.extract;

import java.util.List;
import java.util.Optional;
import org.openseason.crawler.DocumentKind;
import org.openseason.crawler.normalize.Technologies;
import org.openseason.domain.InterestVocabulary;

/** Makes the extractor for a settings record, and names the extractors a source of unknown shape gets. */
public final class Extractors {

  private Extractors() {}

  /** The extractor for {@code settings}: one per kind, and the compiler checks that every kind has one. */
  public static Extractor create(ExtractorSettings settings, InterestVocabulary vocabulary) {
    return switch (settings.kind()) {
      case TABLE -> new TableExtractor((TableSettings) settings, new Technologies(vocabulary));
      case SECTIONS -> new SectionsExtractor((SectionsSettings) settings, new Technologies(vocabulary));
      case TIMELINE -> new TimelineExtractor((TimelineSettings) settings);
      case PROGRAM_PAGE -> new ProgramPageExtractor((ProgramPageSettings) settings);
      case FEED -> new FeedExtractor((FeedSettings) settings);
      case STRUCTURED_DATA -> new StructuredDataExtractor((StructuredDataSettings) settings);
    };
  }

  /**
   * The extractors for a document of {@code kind} when the source names none (a preview of any URL): for pages,
   * every page extractor with its usual settings, the program page only when it finds something; for feeds, the
   * feed extractor. Structured data is read from every page anyway.
   */
  public static List<ExtractorSettings> defaultsFor(DocumentKind kind) {
    return switch (kind) {
      case HTML, MARKDOWN -> List.of(
          new ProgramPageSettings(Optional.empty(), Optional.empty(), true),
          TableSettings.inferred(), SectionsSettings.defaults(), TimelineSettings.defaults());
      case FEED -> List.of(FeedSettings.defaults());
    };
  }
}
