/**
 * The crawler wired into the application: the source registry in the database (bundled sources synced from the
 * release, others added by an administrator), crawl runs with their reports, the merge of what a crawl found
 * into listings with per-field provenance and precedence, link-rot flags, and the scheduled crawl.
 *
 * <p>The crawler library ({@code org.openseason.crawler}) fetches and extracts; nothing here fetches by itself.
 */
package org.openseason.api.crawl;
