/**
 * Events for the outside world (a moderators' chat, a mailing script): written to the {@code outbox} table in the
 * transaction of what caused them, then delivered to the configured webhook with retries and back-off, by whichever
 * instance claims them first.
 */
package org.openseason.api.outbox;
