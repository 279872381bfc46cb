/** The bundled catalog of real programs: read from data files, applied to the database at start. */
package org.openseason.api.catalog;
