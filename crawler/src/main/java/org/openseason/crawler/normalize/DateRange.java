package org.openseason.crawler.normalize;

import java.util.Optional;

/**
 * A date or a range of dates found in a text, with where it was found.
 *
 * @param start the first (or only) date
 * @param end the last date of a range
 * @param from the index in the text where the expression starts
 * @param to the index just past its end
 */
public record DateRange(PartialDate start, Optional<PartialDate> end, int from, int to) {}
