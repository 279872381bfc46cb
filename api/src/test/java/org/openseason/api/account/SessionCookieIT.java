package org.openseason.api.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openseason.api.TestDatabase;

/** The session cookie of a site whose public address is https is Secure even on a plain-http hop behind it. */
class SessionCookieIT {

  @Test
  void anHttpsPublicAddressMakesTheCookieSecure() {
    for (String url : new String[] {"https://openseason.example", "http://openseason.example"}) {
      try (TestDatabase db = TestDatabase.h2(); ApplicationContext app = start(db, url)) {
        SessionCookie cookies = app.getBean(SessionCookie.class);
        Instant now = Instant.now();
        Cookie cookie = cookies.carrying(HttpRequest.GET("/login"),
            new Sessions.NewSession("t".repeat(43), now.plusSeconds(3600)), now);

        assertThat(cookie.isSecure()).as(url).isEqualTo(url.startsWith("https:"));
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).contains(SameSite.Strict);
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getMaxAge()).isBetween(3590L, 3600L);
        assertThat(cookies.cleared(HttpRequest.GET("/logout")).getMaxAge()).isZero();
      }
    }
  }

  private static ApplicationContext start(TestDatabase db, String publicUrl) {
    Map<String, Object> properties = new HashMap<>(db.properties());
    properties.put("openseason.crawl.scheduled", false);
    properties.put("openseason.apply-catalog", false);
    properties.put("openseason.public-url", publicUrl);
    return ApplicationContext.run(properties);
  }
}
