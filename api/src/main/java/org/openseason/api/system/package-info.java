/** What every feature shares: configuration, start-up, errors as problem details, health and security headers. */
package org.openseason.api.system;
