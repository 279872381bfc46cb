package org.openseason.crawler.extract;

/**
 * The settings of one extractor, as data: a source file says which extractor reads it and how, and the code never
 * changes per source.
 */
public sealed interface ExtractorSettings
    permits TableSettings, SectionsSettings, TimelineSettings, ProgramPageSettings, FeedSettings,
        StructuredDataSettings {

  /** The extractor these settings are for. */
  ExtractorKind kind();
}
