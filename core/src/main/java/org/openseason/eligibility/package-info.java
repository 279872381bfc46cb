/**
 * Judging a person's profile against a program's eligibility: eligible, maybe or not eligible, with a reason a
 * person can read for every criterion, at the program's own reference date.
 */
package org.openseason.eligibility;
