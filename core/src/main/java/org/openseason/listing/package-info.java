/**
 * The listing format: a program as plain maps and lists (what YAML catalog files, JSON storage and submissions
 * share), decoded with a precise error for the first wrong field.
 */
package org.openseason.listing;
