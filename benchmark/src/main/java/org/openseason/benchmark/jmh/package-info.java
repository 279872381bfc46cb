/**
 * JMH benchmarks of the Lucene index in process: the query, suggestions, a full rebuild; and {@code
 * RebuildAnatomy}, a plain program that shows where a rebuild's time and tokens go.
 */
package org.openseason.benchmark.jmh;
