package org.openseason.api.crawl;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.openseason.crawler.source.SourceFiles;

/** At start, the sources bundled with this release go into the registry, as the catalog goes into the programs. */
@Singleton
class BundledSources {

  private final SourceRegistry registry;

  BundledSources(SourceRegistry registry) {
    this.registry = registry;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    registry.syncBundled(SourceFiles.bundledTexts());
  }
}
