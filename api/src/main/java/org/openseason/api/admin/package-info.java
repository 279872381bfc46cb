/**
 * Administration: who may see crawl reports and manage sources (one token, from the environment), and the admin
 * API. The web module renders the admin pages from the same services.
 */
package org.openseason.api.admin;
