/**
 * Crawls from and to web archives (WARC 1.0/1.1, ISO 28500, read and written with jwarc): a replay answers each hop
 * of a fetch from an archive instead of the network ({@link org.openseason.crawler.archive.ReplayExchange}), and a
 * recording writes every exchange of a live crawl to one ({@link org.openseason.crawler.archive.WarcRecorder}).
 */
package org.openseason.crawler.archive;
