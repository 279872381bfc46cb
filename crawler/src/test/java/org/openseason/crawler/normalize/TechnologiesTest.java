package org.openseason.crawler.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openseason.crawler.testing.TestVocabulary;

class TechnologiesTest {

  private final Technologies technologies = new Technologies(TestVocabulary.catalog());

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "js, javascript", "JS, javascript", "Golang, go", "k8s, kubernetes", "ML, machine-learning",
    "Machine Learning, machine-learning", "Python, python", "(Optional) Kubernetes, kubernetes",
    "basic Go, go", "Quarkus, Quarkus", "TUF, TUF"
  })
  void mapsAliasesToVocabularyKeysAndKeepsUnknownNames(String name, String expected) {
    assertThat(technologies.normalize(name)).isEqualTo(expected);
  }

  @Test
  void splitsListsOnCommasAndSpacedSlashesAndKnownSlashPairs() {
    assertThat(technologies.normalizeList("TypeScript / React, Go, Kubernetes"))
        .containsExactly("typescript", "React", "go", "kubernetes");
    assertThat(technologies.normalizeList("go/kubernetes")).containsExactly("go", "kubernetes");
    assertThat(technologies.normalizeList("CI/CD, GitHub Actions")).containsExactly("CI/CD", "GitHub Actions");
  }

  @Test
  void keepsOnlyKnownNamesWhenAskedForKeys() {
    assertThat(technologies.knownKeys(List.of("Golang", "distributed systems", "Rust")))
        .containsExactly("go", "rust");
  }
}
