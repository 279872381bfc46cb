/** Atom and RSS feeds (Rome) for any search: new programs, new rounds, applications opening and closing. */
package org.openseason.api.feed;
