package org.openseason.crawler.normalize;

import org.openseason.crawler.extract.RawExtraction;

/**
 * The normalize stage: what extractors found, as published, to values.
 *
 * <p>Contract: never throws for anything in the findings; an item that cannot be made a value is left out and a
 * {@link org.openseason.crawler.Problem} says which and why. Personal data such as e-mail addresses is removed from
 * every text kept. Thread-safe.
 */
@FunctionalInterface
public interface Normalizer {

  Normalized normalize(RawExtraction raw, NormalizeContext context);
}
