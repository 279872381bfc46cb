/**
 * Extraction: one extractor per source kind (table, sections, timeline, program page, feed, structured data),
 * each configured by a settings record, chosen by an exhaustive switch in {@link
 * org.openseason.crawler.extract.Extractors}; extractors find where facts are written and hand the words on, and
 * personal data (mentor names, e-mail addresses, account ids) is dropped here, never passed on.
 */
package org.openseason.crawler.extract;
