/** Search at scale, measured: the query shared by the in-process and the HTTP benchmarks. */
package org.openseason.benchmark;
