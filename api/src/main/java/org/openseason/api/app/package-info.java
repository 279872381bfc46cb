/**
 * The application above its features: the beans made from the plain libraries, what happens at start (the catalog
 * into the database, the index from the database) and the health check that asks both. Features never import it.
 */
package org.openseason.api.app;
