/**
 * Protection that every public write shares, kept in the database so that it holds whichever instance answers:
 * rate limits per client, the secrets requests are signed with, and protection against cross-site request
 * forgery for the web forms.
 */
package org.openseason.api.guard;
