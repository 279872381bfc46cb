package org.openseason.crawler.extract;

/**
 * How to read a feed.
 *
 * @param maxItems the most items read, newest first as feeds list them
 */
public record FeedSettings(int maxItems) implements ExtractorSettings {

  public FeedSettings {
    if (maxItems < 1 || maxItems > 1000) {
      throw new IllegalArgumentException("max_items must be between 1 and 1000");
    }
  }

  public static FeedSettings defaults() {
    return new FeedSettings(100);
  }

  @Override
  public ExtractorKind kind() {
    return ExtractorKind.FEED;
  }
}
