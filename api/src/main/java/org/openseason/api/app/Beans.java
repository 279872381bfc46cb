package org.openseason.api.app;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.openseason.api.catalog.Catalog;
import org.openseason.api.catalog.CatalogReader;
import org.openseason.api.system.OpenSeasonConfig;
import org.openseason.domain.InterestVocabulary;
import org.openseason.index.ProgramIndex;

/** The beans made from plain-library objects. */
@Factory
class Beans {

  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Singleton
  Catalog catalog() {
    return CatalogReader.fromClasspath();
  }

  @Singleton
  InterestVocabulary vocabulary(Catalog catalog) {
    return catalog.vocabulary();
  }

  @Singleton
  @Bean(preDestroy = "close")
  ProgramIndex programIndex(OpenSeasonConfig config, InterestVocabulary vocabulary) {
    return ProgramIndex.open(config.indexDir(), vocabulary);
  }
}
