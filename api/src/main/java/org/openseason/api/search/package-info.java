/** Search: keeps the Lucene index in step with the database and answers {@code GET /api/v1/programs}. */
package org.openseason.api.search;
