/**
 * Live listings in other people's pages: the iframe embed, the script embed's fragment, the oEmbed provider, the
 * embed builder and SVG badges, all from the same search as {@code GET /api/v1/programs}.
 */
package org.openseason.web.embed;
