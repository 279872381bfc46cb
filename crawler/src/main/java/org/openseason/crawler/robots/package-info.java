/**
 * robots.txt as RFC 9309 describes it, parsed by crawler-commons: read once per host and cached for at most a day,
 * the first 500 KiB at least parsed, redirects followed; a 4xx answer allows everything, a 5xx answer or an
 * unreachable host disallows everything for now; {@code Crawl-delay} raises the host's politeness delay up to a cap.
 */
package org.openseason.crawler.robots;
