package org.openseason.api.submission;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * What an organizer gets back for a submission. The edit token is shown this once: only its hash is kept.
 *
 * @param receipt the public receipt id
 * @param state pending
 * @param kind new-program, new-cycle or edit
 * @param slug the slug the listing has once approved
 * @param editToken the private token of the edit link
 * @param editUrl the edit link's path, {@code /submit/edit/{token}}
 * @param verificationToken the token to put on the program's homepage to show the organizers keep the listing
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record Receipt(
    String receipt, String state, String kind, String slug, String editToken, String editUrl,
    String verificationToken) {}
