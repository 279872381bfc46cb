/** What every feature shares: configuration, errors as problem details, security headers, the site address. */
package org.openseason.api.system;
