/** What search engines read: schema.org JSON-LD for program pages and the sitemap. */
package org.openseason.web.structured;
