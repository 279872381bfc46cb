package org.openseason.crawler.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openseason.domain.InterestVocabulary;
import org.openseason.listing.InterestsCodec;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The project's reviewed interest vocabulary, {@code catalog/interests.yaml}, as the application loads it. */
public final class TestVocabulary {

  private static InterestVocabulary vocabulary;

  private TestVocabulary() {}

  public static synchronized InterestVocabulary catalog() {
    if (vocabulary == null) {
      try {
        String yaml = Files.readString(Path.of("../catalog/interests.yaml"));
        vocabulary = InterestsCodec.decode(new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return vocabulary;
  }
}
