/**
 * Politeness: a minimum delay between the starts of two requests to one host, raised by robots.txt
 * {@code Crawl-delay} and by {@code Retry-After}, a global limit on concurrent requests, and a log of every request
 * start so that a test or a benchmark can prove that no host was asked too often.
 */
package org.openseason.crawler.politeness;
