package org.openseason.crawler;

import org.openseason.domain.Keyed;

/** The stages of the crawl pipeline, in order; a {@link Problem} names the stage it arose in. */
public enum Stage implements Keyed {
  ROBOTS, FETCH, PARSE, EXTRACT, NORMALIZE
}
