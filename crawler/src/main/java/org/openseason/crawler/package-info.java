/**
 * The crawler: turns the pages and feeds programs publish into program candidates, project ideas, milestones and
 * announcements, politely and safely; {@link org.openseason.crawler.Crawler} is the facade and
 * {@link org.openseason.crawler.CrawlPipeline} declares the stages in order.
 */
package org.openseason.crawler;
