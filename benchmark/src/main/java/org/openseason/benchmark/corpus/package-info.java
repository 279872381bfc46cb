/** A deterministic synthetic corpus of programs, sized and distributed like a directory grown to 100k listings. */
package org.openseason.benchmark.corpus;
