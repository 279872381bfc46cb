/**
 * Moderators' accounts: named administrators with Argon2id password hashes, sign-in with rate limits and back-off,
 * sessions and API tokens kept (as hashes) in the database so that any instance can answer, and the guard in front
 * of {@code /admin} and {@code /api/v1/admin}. Other features learn who is acting from {@link Moderators#current}.
 */
package org.openseason.api.account;
