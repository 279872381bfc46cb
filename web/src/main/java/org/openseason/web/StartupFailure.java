package org.openseason.web;

import java.sql.SQLException;

/** Start-up failures explained in one line, for people at a terminal rather than a stack trace. */
public final class StartupFailure {

  private StartupFailure() {}

  /** The most telling cause of a start-up failure, in one line. */
  public static String explain(Throwable e) {
    Throwable cause = e;
    Throwable deepest = e;
    while (cause != null) {
      if (cause.getMessage() != null && cause.getMessage().contains("Database may be already in use")) {
        return "the data folder is in use by another OpenSeason (is the server running? stop it, or start the crawl"
            + " from the admin API: POST /api/v1/admin/crawls)";
      }
      if (cause instanceof SQLException || cause instanceof java.net.ConnectException) {
        return "the database cannot be reached (" + cause.getMessage().lines().findFirst().orElse("") + ")";
      }
      if (cause instanceof java.net.BindException) {
        return "the port is already in use (" + cause.getMessage() + ")";
      }
      deepest = cause;
      cause = cause.getCause();
    }
    String message = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
