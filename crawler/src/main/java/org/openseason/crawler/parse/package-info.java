/**
 * Parsing: bytes to text (charset from the byte-order mark, the header, the document's own declaration, or the
 * bytes themselves), then HTML with Jsoup, Markdown through commonmark to HTML, feeds with Rome (no DOCTYPE, ever),
 * and schema.org JSON-LD and microdata wherever they appear in a page.
 */
package org.openseason.crawler.parse;
