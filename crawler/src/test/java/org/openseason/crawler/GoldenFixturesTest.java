package org.openseason.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fixture folder, extracted offline and compared with its expected JSON. Run with
 * {@code OPENSEASON_UPDATE_GOLDEN=true} to rewrite the expected files after a deliberate change, then review the
 * diff.
 */
class GoldenFixturesTest {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @TestFactory
  Stream<DynamicTest> extractsEveryFixtureAsExpected() {
    return FixtureCase.all().stream().map(fixture -> DynamicTest.dynamicTest(fixture.name(), () -> {
      String actual = JSON.writeValueAsString(fixture.extract().toMap()) + "\n";
      if ("true".equalsIgnoreCase(System.getenv("OPENSEASON_UPDATE_GOLDEN")) || !Files.exists(fixture.expected())) {
        Files.writeString(fixture.expected(), actual);
      }
      assertThat(actual).isEqualTo(read(fixture));
    }));
  }

  private static String read(FixtureCase fixture) throws IOException {
    return Files.readString(fixture.expected());
  }
}
