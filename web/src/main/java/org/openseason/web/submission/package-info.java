/** The organizers' form: {@code /submit}, its preview, the receipt and the edit link's page; works without JavaScript. */
package org.openseason.web.submission;
