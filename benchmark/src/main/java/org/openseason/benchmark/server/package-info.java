/**
 * The bench server: the real application on PostgreSQL with a synthetic corpus, plus the same search answered by
 * PostgreSQL full-text search under {@code /bench}, so both are measured through one HTTP stack.
 */
package org.openseason.benchmark.server;
