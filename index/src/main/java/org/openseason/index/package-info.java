/**
 * The Lucene index of programs behind one facade, {@link org.openseason.index.ProgramIndex}: documents are built
 * from the database's programs, searched by people's words (never Lucene syntax) with facets and sorts.
 */
package org.openseason.index;
