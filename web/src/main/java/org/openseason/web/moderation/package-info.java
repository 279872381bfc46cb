/** The moderators' pages: the queue, the review of one submission with its diff and decision forms, the audit log. */
package org.openseason.web.moderation;
