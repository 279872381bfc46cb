/** The application's services and JSON API as Micronaut beans, by feature. */
package org.openseason.api;
