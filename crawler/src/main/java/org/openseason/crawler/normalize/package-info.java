/**
 * Normalization: the words real pages use turned into values — dates and ranges with and without years, time zones,
 * durations, money, countries, technology names — each by one small class, and the stage that applies them to what
 * the extractors found.
 */
package org.openseason.crawler.normalize;
