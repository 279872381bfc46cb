package org.openseason.web.account;

import io.micronaut.http.HttpRequest;
import org.openseason.api.account.Moderators;
import org.openseason.api.guard.Csrf;

/**
 * "Signed in as NAME · API tokens · Sign out", for the header of admin pages ({@code account/bar.jte}, passed to
 * the layout as {@code account}).
 *
 * @param name the signed-in administrator
 * @param csrf the token of the sign-out form
 */
public record AccountBar(String name, String csrf) {

  /** The bar of a request behind the account guard; null on a request nobody is signed in on. */
  public static AccountBar of(HttpRequest<?> request, Csrf csrf) {
    return Moderators.current(request).map(m -> new AccountBar(m.name(), csrf.token(request))).orElse(null);
  }
}
