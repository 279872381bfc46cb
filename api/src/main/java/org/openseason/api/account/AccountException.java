package org.openseason.api.account;

/** An account that cannot be made or found: a weak password, a name taken or malformed, an unknown account. */
public final class AccountException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  AccountException(String message) {
    super(message);
  }
}
