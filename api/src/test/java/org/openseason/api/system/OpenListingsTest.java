package org.openseason.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may read and frame what, where absolute links point, and what a validator stands for. */
class OpenListingsTest {

  @Test
  void onlyPublicListingsAreOpenToEveryOrigin() {
    assertThat(OpenCors.isPublicListing("/api/v1/programs")).isTrue();
    assertThat(OpenCors.isPublicListing("/feeds/programs.atom")).isTrue();
    assertThat(OpenCors.isPublicListing("/embed/programs")).isTrue();
    assertThat(OpenCors.isPublicListing("/oembed")).isTrue();
    assertThat(OpenCors.isPublicListing("/api/v1/admin/crawls")).isFalse();
    assertThat(OpenCors.isPublicListing("/admin")).isFalse();
    assertThat(OpenCors.isPublicListing("/programs/outreachy")).isFalse();
    assertThat(OpenCors.isPublicListing("/embed")).isFalse();
  }

  @Test
  void onlyEmbedsMayBeFramed() {
    assertThat(SecurityHeaders.isFramable("/embed/programs")).isTrue();
    assertThat(SecurityHeaders.isFramable("/embed")).isFalse();
    assertThat(SecurityHeaders.isFramable("/")).isFalse();
    assertThat(SecurityHeaders.isFramable("/programs/outreachy")).isFalse();
  }

  @Test
  void aHostHeaderThatIsNotAPlainHostIsNotTrusted() {
    SiteAddress fromRequest = new SiteAddress("");

    assertThat(fromRequest.of(HttpRequest.GET("/").header("Host", "openseason.example:8080")))
        .isEqualTo("http://openseason.example:8080");
    assertThat(fromRequest.of(HttpRequest.GET("/").header("Host", "evil.example/\"><script>")))
        .isEqualTo("http://localhost");
    assertThat(new SiteAddress("https://openseason.example/").of(HttpRequest.GET("/").header("Host", "other")))
        .isEqualTo("https://openseason.example");
    assertThat(new SiteAddress("").host(HttpRequest.GET("/").header("Host", "openseason.example:8080")))
        .isEqualTo("openseason.example");
  }

  @Test
  void aValidatorChangesWithTheIndexTheRequestAndTheWindowButNotTheParameterOrder() {
    Instant now = Instant.parse("2026-12-03T10:01:00Z");
    String etag = Conditional.etag("feed", 7, now, Map.of("kind", List.of("mentorship"), "q", List.of("rust")));

    assertThat(Conditional.etag("feed", 7, now.plusSeconds(60),
        new java.util.TreeMap<>(Map.of("q", List.of("rust"), "kind", List.of("mentorship"))))).isEqualTo(etag);
    assertThat(Conditional.etag("feed", 8, now, Map.of("kind", List.of("mentorship"), "q", List.of("rust"))))
        .isNotEqualTo(etag);
    assertThat(Conditional.etag("feed", 7, now.plusSeconds(Conditional.WINDOW_SECONDS),
        Map.of("kind", List.of("mentorship"), "q", List.of("rust")))).isNotEqualTo(etag);
    assertThat(Conditional.etag("feed", 7, now, Map.of("kind", List.of("internship"), "q", List.of("rust"))))
        .isNotEqualTo(etag);
  }
}
