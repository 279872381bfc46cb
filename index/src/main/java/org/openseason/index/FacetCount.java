package org.openseason.index;

/**
 * How many results a facet value would give.
 *
 * @param value the value's key
 * @param count the number of matching programs
 */
public record FacetCount(String value, int count) {}
