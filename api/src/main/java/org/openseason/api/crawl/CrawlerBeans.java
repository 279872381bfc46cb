package org.openseason.api.crawl;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.stream.Collectors;
import org.openseason.crawler.Crawler;
import org.openseason.crawler.CrawlerConfig;
import org.openseason.crawler.guard.HostPort;
import org.openseason.domain.InterestVocabulary;

/** The crawler, made once from the settings and closed with the application. */
@Factory
class CrawlerBeans {

  @Singleton
  @Bean(preDestroy = "close")
  Crawler crawler(CrawlSettings settings, InterestVocabulary vocabulary) {
    Set<HostPort> internal = settings.allowInternal().stream().map(HostPort::parse).collect(Collectors.toSet());
    return Crawler.create(CrawlerConfig.defaults()
        .withVocabulary(vocabulary)
        .withPoliteness(settings.hostDelay(), settings.concurrency())
        .withAllowInternal(internal)
        .withArchive(settings.archive()));
  }
}
