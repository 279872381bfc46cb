package org.openseason.api.account;

import java.util.Objects;

/**
 * A signed-in administrator: who is acting, for the features that record it (moderation, audit).
 *
 * @param id the account's id
 * @param name the account's name, as written when it was created
 */
public record Moderator(long id, String name) {

  public Moderator {
    Objects.requireNonNull(name, "name is null");
  }
}
