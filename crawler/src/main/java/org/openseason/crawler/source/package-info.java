/**
 * Source definitions as data: the YAML files bundled under {@code sources/} (one per source: id, URL, kind,
 * extractors and their settings, the program fed, schedule, licence, attribution, enabled), read with errors that
 * name the file and the field at fault.
 */
package org.openseason.crawler.source;
