package org.openseason.api.app;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.openseason.api.catalog.Catalog;
import org.openseason.api.catalog.CatalogLoader;
import org.openseason.api.search.SearchService;
import org.openseason.api.system.OpenSeasonConfig;

/** At start: the bundled catalog goes into the database, then the index is rebuilt from the database. */
@Singleton
class Startup {

  private final OpenSeasonConfig config;
  private final Catalog catalog;
  private final CatalogLoader loader;
  private final SearchService search;

  Startup(OpenSeasonConfig config, Catalog catalog, CatalogLoader loader, SearchService search) {
    this.config = config;
    this.catalog = catalog;
    this.loader = loader;
    this.search = search;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    if (config.applyCatalog()) {
      loader.apply(catalog);
    }
    search.rebuild();
  }
}
