/**
 * Moderators review what organizers submit: the queue (submissions and revisions, with the crawler's flags and
 * candidates), a field-by-field diff against the live listing, and the decisions (approve, reject, ask for
 * changes), each kept in the audit log and announced through the outbox. An approval goes into the live listing
 * through the store with organizer precedence for every field it changes, so a later crawl never overwrites it.
 */
package org.openseason.api.moderation;
