/** iCalendar (RFC 5545) for any search and for one program: one event per milestone, in UTC, with stable UIDs. */
package org.openseason.api.calendar;
