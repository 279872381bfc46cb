package org.openseason.api.submission;

/**
 * Published in the transaction that stores a submission: a {@code @TransactionalEventListener} hears it once that
 * commits, an {@code @EventListener} inside the transaction (an outbox writing its row alongside).
 *
 * @param id the new revision's id ({@link Submissions#find})
 * @param slug the slug the listing has once approved
 */
public record SubmissionReceived(long id, String slug) {}
