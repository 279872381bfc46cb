package org.openseason.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openseason.crawler.robots.RobotsSettings;

class CrawlerConfigTest {

  @Test
  void theDefaultsArePoliteAndSafe() {
    CrawlerConfig config = CrawlerConfig.defaults();
    assertThat(config.userAgent()).startsWith("OpenSeasonBot/").contains("(+https://");
    assertThat(config.hostDelay()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(config.maxRedirects()).isEqualTo(5);
    assertThat(config.allowInternal()).isEmpty();
    assertThat(config.robots().ttl()).isLessThanOrEqualTo(Duration.ofHours(24));
    assertThat(config.robots().maxBytes()).isGreaterThanOrEqualTo(500 * 1024);
    assertThat(config.totalTimeout()).isLessThanOrEqualTo(Duration.ofMinutes(1));
    assertThat(config.maxBodyBytes()).isLessThanOrEqualTo(10L * 1024 * 1024);
  }

  @Test
  void robotsSettingsKeepToRfc9309() {
    assertThatThrownBy(() -> new RobotsSettings("OpenSeasonBot", Duration.ofHours(25), Duration.ofMinutes(1),
        512 * 1024, Duration.ofSeconds(10))).hasMessageContaining("24 hours");
    assertThatThrownBy(() -> new RobotsSettings("OpenSeasonBot", Duration.ofHours(1), Duration.ofMinutes(1),
        100 * 1024, Duration.ofSeconds(10))).hasMessageContaining("500 KiB");
  }
}
