/** JMH benchmarks of the Lucene index in process: the query, suggestions, a full rebuild. */
package org.openseason.benchmark.jmh;
