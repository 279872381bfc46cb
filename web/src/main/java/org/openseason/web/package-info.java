/** The launcher and the assembled application: {@code OpenSeason} parses the command line and starts the server. */
package org.openseason.web;
