/**
 * The guard against server-side request forgery: a URL is fetched only over http or https, and only when every
 * address its host resolves to is public, unless its exact {@code host:port} is on the configured allow-list.
 */
package org.openseason.crawler.guard;
