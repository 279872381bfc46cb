/** Test support: a fixture HTTP server on loopback, the shared real-page fixtures, the interest vocabulary. */
package org.openseason.crawler.testing;
