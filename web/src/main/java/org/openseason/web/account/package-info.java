/**
 * Administrators in the browser and on the command line: the sign-in form ({@code /login}), signing out
 * ({@code /logout}), API tokens ({@code /admin/tokens}) and {@code openseason admin create|token|list}.
 */
package org.openseason.web.account;
