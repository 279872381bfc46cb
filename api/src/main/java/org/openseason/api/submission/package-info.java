/** Organizers' submissions: a proposed listing checked like the catalog, kept as a pending revision for moderators. */
package org.openseason.api.submission;
