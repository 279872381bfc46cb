/** Programs in the database (the source of truth) and the program detail API. */
package org.openseason.api.program;
