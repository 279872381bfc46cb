/** Every listing as one download, JSON (the listing format) or CSV (one row a program), with its licence. */
package org.openseason.api.export;
