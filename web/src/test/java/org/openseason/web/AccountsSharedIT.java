package org.openseason.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openseason.api.TestDatabase;

/**
 * Two instances on one PostgreSQL database, as behind a load balancer: a session, its CSRF tokens and sign-out
 * made on one work on the other, and the lock-out after failed sign-ins holds on both.
 */
class AccountsSharedIT {

  private static final String PASSWORD = "correct horse battery staple";

  @Test
  void aSessionStartedOnOneInstanceWorksOnTheOtherUntilSignedOutThere() throws Exception {
    try (TestDatabase db = TestDatabase.postgres(); TestApp one = new TestApp(instance(db));
        TestApp two = new TestApp(instance(db))) {
      one.createAccount("ada", PASSWORD);
      TestApp.Browser browser = one.login("ada", PASSWORD);

      TestApp.Browser elsewhere = two.browser();
      elsewhere.cookies.putAll(browser.cookies);
      var admin = elsewhere.get("/admin", "text/html");
      assertThat(admin.statusCode()).isEqualTo(200);
      assertThat(admin.body()).contains("Signed in as <strong>ada</strong>");

      String tokenFromOne = TestApp.csrfOf(browser.get("/admin", "text/html").body());
      assertThat(elsewhere.post("/logout", Map.of("csrf", tokenFromOne)).statusCode())
          .as("a form of one instance sent to the other").isEqualTo(303);
      assertThat(browser.get("/admin", "text/html").statusCode()).as("signed out on the other").isEqualTo(303);

      for (int i = 0; i < 5; i++) {
        TestApp either = i % 2 == 0 ? one : two;
        assertThat(either.browser().submit("/login", "/login", Map.of("name", "ada", "password", "guess " + i))
            .statusCode()).isEqualTo(401);
      }
      assertThat(two.browser().submit("/login", "/login", Map.of("name", "ada", "password", PASSWORD)).statusCode())
          .as("locked out on both").isEqualTo(429);
    }
  }

  private static Map<String, Object> instance(TestDatabase db) {
    Map<String, Object> properties = new HashMap<>(db.properties());
    properties.remove("openseason.data-dir");
    properties.put("openseason.crawl.scheduled", false);
    return properties;
  }
}
