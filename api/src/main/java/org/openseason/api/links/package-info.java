/** The daily check of every listing's homepage, code of conduct and rules links, flagged for moderators. */
package org.openseason.api.links;
