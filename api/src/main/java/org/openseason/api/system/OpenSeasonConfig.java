package org.openseason.api.system;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.file.Path;

/**
 * The application's own settings, documented in {@code application.yml}.
 *
 * @param dataDir where the embedded database and the index live
 * @param applyCatalog whether the bundled catalog is applied to the database at start
 */
@ConfigurationProperties("openseason")
public record OpenSeasonConfig(
    @Bindable(defaultValue = "data") Path dataDir, @Bindable(defaultValue = "true") boolean applyCatalog) {

  public Path indexDir() {
    return dataDir.resolve("index");
  }
}
