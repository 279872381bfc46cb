/** The small Markdown subset listings' descriptions may use, rendered to HTML that only holds allowed markup. */
package org.openseason.api.markdown;
