package org.openseason.api.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openseason.api.TestDatabase;

/** Accounts, sign-in, sessions and API tokens on a real database (H2 and PostgreSQL). */
class AccountsIT {

  private static final String PASSWORD = "correct horse battery";

  static List<?> databases() {
    return TestDatabase.both();
  }

  static ApplicationContext start(TestDatabase db) {
    Map<String, Object> properties = new HashMap<>(db.properties());
    properties.put("openseason.crawl.scheduled", false);
    properties.put("openseason.apply-catalog", false);
    return ApplicationContext.run(properties);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void passwordsAreStoredAsArgon2idHashesNeverAsText(Supplier<TestDatabase> database) throws Exception {
    try (TestDatabase db = database.get(); ApplicationContext app = start(db)) {
      Accounts accounts = app.getBean(Accounts.class);
      assertThat(accounts.any()).isFalse();

      Moderator ada = accounts.create("Ada", PASSWORD);

      assertThat(accounts.any()).isTrue();
      String stored = column(app, "SELECT password_hash FROM account WHERE id = " + ada.id());
      assertThat(stored).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(PASSWORD);
      accounts.create("Grace", PASSWORD);
      assertThat(column(app, "SELECT COUNT(DISTINCT password_hash) FROM account")).as("salted").isEqualTo("2");
      assertThat(accounts.list()).extracting(Accounts.Account::name).containsExactly("Ada", "Grace");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void refusesWeakPasswordsAndNamesTakenInAnyCase(Supplier<TestDatabase> database) throws Exception {
    try (TestDatabase db = database.get(); ApplicationContext app = start(db)) {
      Accounts accounts = app.getBean(Accounts.class);
      accounts.create("ada", PASSWORD);

      assertThatThrownBy(() -> accounts.create("ADA", PASSWORD)).isInstanceOf(AccountException.class)
          .hasMessageContaining("exists already");
      assertThatThrownBy(() -> accounts.create("grace", "short pass")).hasMessageContaining("at least 12");
      assertThatThrownBy(() -> accounts.create("grace.hopper", "Grace.Hopper")).hasMessageContaining("name");
      assertThatThrownBy(() -> accounts.create("grace", "x".repeat(1025))).hasMessageContaining("at most 1024");
      assertThatThrownBy(() -> accounts.create("<script>", PASSWORD)).hasMessageContaining("letters, digits");
      assertThatThrownBy(() -> accounts.create("", PASSWORD)).isInstanceOf(AccountException.class);
      assertThat(accounts.list()).hasSize(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aWrongPasswordAndAnUnknownNameGetTheSameAnswerInTheSameTime(Supplier<TestDatabase> database)
      throws Exception {
    try (TestDatabase db = database.get(); ApplicationContext app = start(db)) {
      Accounts accounts = app.getBean(Accounts.class);
      Moderator ada = accounts.create("ada", PASSWORD);

      assertThat(accounts.signIn("ADA", PASSWORD, "192.0.2.1")).isEqualTo(new SignIn.Accepted(ada));
      long wrong = 0;
      long unknown = 0;
      for (int i = 0; i < 3; i++) {
        long start = System.nanoTime();
        assertThat(accounts.signIn("ada", "wrong " + PASSWORD, "192.0.2.2")).isEqualTo(new SignIn.Refused());
        wrong += System.nanoTime() - start;
        start = System.nanoTime();
        assertThat(accounts.signIn("nobody", PASSWORD, "192.0.2.3")).isEqualTo(new SignIn.Refused());
        unknown += System.nanoTime() - start;
      }
      assertThat(unknown).as("an unknown name verifies a dummy hash too").isGreaterThan(wrong / 2);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void repeatedFailuresLockANameOutWhetherOrNotItExists(Supplier<TestDatabase> database) throws Exception {
    try (TestDatabase db = database.get(); ApplicationContext app = start(db)) {
      Accounts accounts = app.getBean(Accounts.class);
      accounts.create("ada", PASSWORD);

      for (int i = 0; i < 5; i++) {
        assertThat(accounts.signIn("ada", "guess " + i, "198.51.100." + i)).isInstanceOf(SignIn.Refused.class);
        assertThat(accounts.signIn("nobody", "guess " + i, "198.51.100." + i)).isInstanceOf(SignIn.Refused.class);
      }
      SignIn locked = accounts.signIn("ada", PASSWORD, "203.0.113.50");
      SignIn lockedUnknown = accounts.signIn("nobody", PASSWORD, "203.0.113.51");

      assertThat(locked).isInstanceOf(SignIn.Limited.class);
      assertThat(((SignIn.Limited) locked).retryAfterSeconds()).isBetween(800L, 900L);
      assertThat(lockedUnknown).isInstanceOf(SignIn.Limited.class);
      assertThat(((SignIn.Limited) lockedUnknown).retryAfterSeconds()).isBetween(800L, 900L);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void oneClientGetsTenAttemptsAcrossNamesAndASuccessForgetsThem(Supplier<TestDatabase> database)
      throws Exception {
    try (TestDatabase db = database.get(); ApplicationContext app = start(db)) {
      Accounts accounts = app.getBean(Accounts.class);
      accounts.create("ada", PASSWORD);

      for (int i = 0; i < 3; i++) {
        accounts.signIn("ada", "guess " + i, "192.0.2.9");
      }
      assertThat(accounts.signIn("ada", PASSWORD, "192.0.2.9")).isInstanceOf(SignIn.Accepted.class);
      for (int i = 0; i < 10; i++) {
        assertThat(accounts.signIn("name" + i, "guess", "192.0.2.9")).isInstanceOf(SignIn.Refused.class);
      }
      assertThat(accounts.signIn("ada", PASSWORD, "192.0.2.9")).as("the client, not the name, is limited")
          .isInstanceOf(SignIn.Limited.class);
      assertThat(accounts.signIn("ada", PASSWORD, "192.0.2.10")).isInstanceOf(SignIn.Accepted.class);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void sessionsEndWhenIdleWhenOldAndWhenSignedOut(Supplier<TestDatabase> database) throws Exception {
    try (TestDatabase db = database.get(); ApplicationContext app = start(db)) {
      Moderator ada = app.getBean(Accounts.class).create("ada", PASSWORD);
      Sessions sessions = app.getBean(Sessions.class);

      Sessions.NewSession session = sessions.start(ada);
      assertThat(column(app, "SELECT token_hash FROM account_session")).isEqualTo(Secrets.hash(session.token()))
          .isNotEqualTo(session.token());
      assertThat(sessions.resolve(session.token())).map(Sessions.Session::moderator).contains(ada);
      assertThat(sessions.resolve(session.token() + "x")).isEmpty();
      assertThat(sessions.start(ada).token()).isNotEqualTo(session.token());

      Instant now = Instant.now();
      String keptAlive = sessions.start(ada).token();
      for (int hour = 1; hour < 12; hour++) {
        assertThat(sessions.resolve(keptAlive, now.plus(Duration.ofHours(hour)))).as("hour " + hour).isPresent();
      }
      assertThat(sessions.resolve(keptAlive, now.plus(Duration.ofMinutes(12 * 60 + 1)))).as("12 h at most").isEmpty();
      String idle = sessions.start(ada).token();
      assertThat(sessions.resolve(idle, now.plus(Duration.ofMinutes(125)))).as("2 h unused").isEmpty();

      sessions.end(session.token());
      assertThat(sessions.resolve(session.token())).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void apiTokensAreShownOnceStoredAsHashesAndRevocable(Supplier<TestDatabase> database) throws Exception {
    try (TestDatabase db = database.get(); ApplicationContext app = start(db)) {
      Moderator ada = app.getBean(Accounts.class).create("ada", PASSWORD);
      Moderator grace = app.getBean(Accounts.class).create("grace", PASSWORD);
      ApiTokens tokens = app.getBean(ApiTokens.class);

      ApiTokens.NewToken made = tokens.create("Ada", "nightly crawl");

      assertThat(made.token()).startsWith("os_").hasSize(46);
      assertThat(column(app, "SELECT token_hash FROM api_token")).isEqualTo(Secrets.hash(made.token()));
      assertThat(tokens.resolve(made.token())).contains(ada);
      assertThat(tokens.list(ada)).singleElement().satisfies(t -> {
        assertThat(t.label()).isEqualTo("nightly crawl");
        assertThat(t.lastUsedAt()).isNotNull();
        assertThat(t.revoked()).isFalse();
      });
      assertThat(tokens.revoke(grace, made.id())).as("only its owner revokes it").isFalse();
      assertThat(tokens.revoke(ada, made.id())).isTrue();
      assertThat(tokens.resolve(made.token())).isEmpty();
      assertThat(tokens.list(ada)).singleElement().satisfies(t -> assertThat(t.revoked()).isTrue());
      assertThatThrownBy(() -> tokens.create("nobody", "x")).isInstanceOf(AccountException.class);
      assertThatThrownBy(() -> tokens.create(ada, " ")).hasMessageContaining("label");
    }
  }

  private static String column(ApplicationContext app, String sql) throws Exception {
    DataSource target = app.getBean(DataSourceResolver.class).resolve(app.getBean(DataSource.class));
    try (Connection c = target.getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
