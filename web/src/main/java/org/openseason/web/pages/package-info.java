/** The server-rendered pages: search, program and error pages, rendered with precompiled JTE templates. */
package org.openseason.web.pages;
