package org.openseason.web.account;

import io.micronaut.context.ApplicationContext;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.openseason.api.account.AccountException;
import org.openseason.api.account.Accounts;
import org.openseason.api.account.ApiTokens;
import org.openseason.web.StartupFailure;

/**
 * {@code openseason admin}: makes administrator accounts (the first one can only be made here) and API tokens,
 * and lists the accounts, on the database of the data folder (or PostgreSQL) without the HTTP server.
 */
public final class AdminCommand {

  public static final String USAGE =
      """
      Usage: openseason admin create --name NAME [--password-stdin] [--data DIR]
             openseason admin token --name NAME [--label LABEL] [--data DIR]
             openseason admin list [--data DIR]

      Administrators sign in at /login to see /admin; scripts use an API token on /api/v1/admin/...
      With the embedded database, stop the server first (they share the data folder); with PostgreSQL, any time.

        create             Make an administrator account. The password (12 to 1024 characters, not the name) is
                           asked twice on the terminal without echo; it is never an argument.
        --password-stdin   Read the password as the first line of standard input instead (for scripts).
        token              Make an API token of the account and print it, once: keep it secret, revoke it at
                           /admin/tokens. --label says what it is for (default "command line").
        list               List the accounts.
        --data DIR         The data folder (default ./data), as for serve.
      """;

  private final InputStream in;
  private final Optional<Console> console;
  private final PrintStream out;
  private final PrintStream err;

  public AdminCommand(InputStream in, Optional<Console> console, PrintStream out, PrintStream err) {
    this.in = in;
    this.console = console;
    this.out = out;
    this.err = err;
  }

  /**
   * Runs the command.
   *
   * @param overrides configuration that wins over everything else (for tests)
   * @return 0 done, 1 the database could not be opened, 2 bad input (weak password, name taken, unknown account)
   */
  public int run(AdminOptions options, Map<String, Object> overrides) {
    if (options.command().equals("help")) {
      out.print(USAGE);
      return 0;
    }
    Optional<String> password = Optional.empty();
    if (options.command().equals("create")) {
      try {
        password = Optional.of(password(options));
      } catch (IllegalArgumentException e) {
        err.println("openseason admin: " + e.getMessage());
        return 2;
      }
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    options.data().ifPresent(dir -> properties.put("openseason.data-dir", dir.toAbsolutePath().toString()));
    properties.put("openseason.crawl.scheduled", false);
    properties.putAll(overrides);
    ApplicationContext context;
    try {
      context = ApplicationContext.builder().properties(properties).deduceEnvironment(false).start();
    } catch (RuntimeException e) {
      String why = StartupFailure.explain(e);
      err.println("openseason admin: could not open the database: " + (why.startsWith("the data folder is in use")
          ? "the data folder is in use by a running server: stop it, or make tokens at /admin/tokens" : why));
      return 1;
    }
    try (context) {
      String name = options.name().orElse("");
      switch (options.command()) {
        case "create" -> {
          context.getBean(Accounts.class).create(name, password.orElseThrow());
          out.println("Made administrator " + name + ": sign in at /login.");
        }
        case "token" -> {
          ApiTokens.NewToken token = context.getBean(ApiTokens.class).create(name, options.label());
          err.println("API token \"" + token.label() + "\", shown this once (revoke it at /admin/tokens):");
          out.println(token.token());
        }
        default -> list(context.getBean(Accounts.class));
      }
      return 0;
    } catch (AccountException e) {
      err.println("openseason admin: " + e.getMessage());
      return 2;
    }
  }

  private void list(Accounts accounts) {
    if (accounts.list().isEmpty()) {
      out.println("No administrator account yet: make one with 'openseason admin create --name NAME'.");
    }
    for (Accounts.Account a : accounts.list()) {
      out.println(a.name() + "\tmade " + a.createdAt() + (a.disabled() ? "\tdisabled" : ""));
    }
  }

  private String password(AdminOptions options) {
    if (options.passwordStdin()) {
      try {
        String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
          throw new IllegalArgumentException("no password on standard input");
        }
        return line;
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read standard input (" + e.getMessage() + ")");
      }
    }
    Console terminal = console.orElseThrow(() -> new IllegalArgumentException(
        "no terminal to ask the password on: use --password-stdin"));
    char[] first = terminal.readPassword("Password for %s: ", options.name().orElse(""));
    char[] again = terminal.readPassword("The same password again: ");
    try {
      if (first == null || again == null || !Arrays.equals(first, again)) {
        throw new IllegalArgumentException("the two passwords differ");
      }
      return new String(first);
    } finally {
      Arrays.fill(first == null ? new char[0] : first, ' ');
      Arrays.fill(again == null ? new char[0] : again, ' ');
    }
  }
}
