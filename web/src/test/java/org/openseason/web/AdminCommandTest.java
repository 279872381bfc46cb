package org.openseason.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openseason.api.account.Accounts;
import org.openseason.api.account.ApiTokens;
import org.openseason.api.account.SignIn;
import org.openseason.web.account.AdminCommand;
import org.openseason.web.account.AdminOptions;

/** {@code openseason admin}: the first administrator and API tokens from the command line. */
class AdminCommandTest {

  private static final String PASSWORD = "correct horse battery staple";

  @TempDir
  Path data;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String stdin, String... args) {
    out.reset();
    err.reset();
    return OpenSeason.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of("openseason.apply-catalog", false));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void makesTheFirstAdministratorAndATokenThatOpensTheAdminApi() throws Exception {
    String dir = data.toString();
    assertThat(run("", "admin", "list", "--data", dir)).isZero();
    assertThat(out()).contains("No administrator account yet");

    assertThat(run(PASSWORD + "\nthe rest is not read\n", "admin", "create", "--name", "Ada", "--password-stdin",
        "--data", dir)).as(err()).isZero();
    assertThat(out()).contains("Made administrator Ada");
    assertThat(run(PASSWORD + "\n", "admin", "create", "--name", "ada", "--password-stdin", "--data", dir))
        .isEqualTo(2);
    assertThat(err()).isEqualTo("openseason admin: an account named 'ada' exists already" + System.lineSeparator());
    assertThat(run("short\n", "admin", "create", "--name", "grace", "--password-stdin", "--data", dir)).isEqualTo(2);
    assertThat(err()).contains("a password needs at least 12 characters");
    assertThat(run("", "admin", "token", "--name", "nobody", "--data", dir)).isEqualTo(2);
    assertThat(err()).contains("no account is named 'nobody'");

    assertThat(run("", "admin", "token", "--name", "ada", "--label", "nightly", "--data", dir)).isZero();
    String token = out().strip();
    assertThat(token).matches("os_[A-Za-z0-9_-]{43}");
    assertThat(err()).contains("shown this once");
    assertThat(run("", "admin", "list", "--data", dir)).isZero();
    assertThat(out()).startsWith("Ada\tmade 20");

    try (ApplicationContext app = ApplicationContext.run(Map.of("openseason.data-dir", dir,
        "openseason.apply-catalog", false, "openseason.crawl.scheduled", false))) {
      assertThat(app.getBean(ApiTokens.class).resolve(token)).hasValueSatisfying(m -> assertThat(m.name()).isEqualTo("Ada"));
      assertThat(app.getBean(Accounts.class).signIn("ada", PASSWORD, "192.0.2.1")).isInstanceOf(SignIn.Accepted.class);
    }
  }

  @Test
  void neverTakesAPasswordAsAnArgumentAndNeedsATerminalOrStandardInput() throws Exception {
    assertThat(run("", "admin", "create", "--name", "ada", "--password", PASSWORD)).isEqualTo(2);
    assertThat(err()).contains("a password is never given as an argument");
    assertThat(run("", "admin", "create")).isEqualTo(2);
    assertThat(err()).contains("'admin create' needs --name NAME");
    assertThat(run("", "admin", "frobnicate")).isEqualTo(2);
    assertThat(err()).contains("unknown command 'admin frobnicate'");
    assertThat(run("", "admin", "create", "--name", "ada", "--password-stdin", "--data", data.toString()))
        .isEqualTo(2);
    assertThat(err()).contains("no password on standard input");

    int status = new AdminCommand(new ByteArrayInputStream(new byte[0]), Optional.empty(),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(AdminOptions.parse(List.of("create", "--name", "ada", "--data", data.toString())), Map.of());
    assertThat(status).isEqualTo(2);
    assertThat(err()).contains("no terminal to ask the password on: use --password-stdin");
    assertThat(Files.list(data)).as("nothing was started").isEmpty();
  }

  @Test
  void theHelpNamesTheAdminCommands() {
    assertThat(run("", "--help")).isZero();
    assertThat(out()).contains("admin create --name NAME");
    assertThat(run("", "admin", "--help")).isZero();
    assertThat(out()).contains("openseason admin token --name NAME [--label LABEL]", "--password-stdin");
  }
}
