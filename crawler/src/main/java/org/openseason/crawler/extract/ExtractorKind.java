package org.openseason.crawler.extract;

import org.openseason.domain.Keyed;

/** The kinds of extractor; a source file names one with its key ({@code program-page}). */
public enum ExtractorKind implements Keyed {
  /** Rows of a table, by header names: a list of programs, a table of project ideas. */
  TABLE,
  /** Headings for projects and ideas, labelled bullets for their fields: the CNCF term pages. */
  SECTIONS,
  /** An activity/date table or a dated list: milestones. */
  TIMELINE,
  /** A program's own page: name, description, code of conduct and rules links, eligibility and other phrases. */
  PROGRAM_PAGE,
  /** Feed items: announcements, noticing "applications are open". */
  FEED,
  /** schema.org JSON-LD and microdata: programs, courses, job postings and events. */
  STRUCTURED_DATA
}
