package org.openseason.api.submission;

import org.openseason.domain.Keyed;

/** What a submission proposes: a program not listed yet, a new round of a listed one, or any other change. */
public enum SubmissionKind implements Keyed {
  NEW_PROGRAM, NEW_CYCLE, EDIT
}
