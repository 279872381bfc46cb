package org.openseason.web.moderation;

import java.util.Optional;
import org.openseason.api.moderation.Review;
import org.openseason.domain.Program;

/**
 * One submission under review.
 *
 * @param review the diff, flags and history
 * @param proposed the listing as it would be published
 * @param contact the organizer's private contact, for moderators only
 * @param csrf the token of the decision form
 * @param problem why the last decision was refused, if it was
 * @param reason what the moderator typed, kept when a decision was refused
 */
public record ReviewPage(Review review, Program proposed, String contact, String csrf, Optional<String> problem,
    String reason) {}
