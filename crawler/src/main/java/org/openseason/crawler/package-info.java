/** The crawler: gathers program listings from the pages and feeds programs publish (issue 3 fills it in). */
package org.openseason.crawler;
