package org.openseason.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The script embed stays small, and reserves exactly the height the server gives an embed. */
class EmbedScriptTest {

  private static final Path SCRIPT = Path.of("src/main/resources/public/embed.js");
  private static final Path OPTIONS = Path.of("src/main/java/org/openseason/web/embed/EmbedOptions.java");

  @Test
  void embedJsIsAtMostFiveKilobytesGzipped() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(Files.readAllBytes(SCRIPT));
    }
    System.out.println("embed.js: " + Files.size(SCRIPT) + " bytes, " + out.size() + " bytes gzipped");

    assertThat(out.size()).isLessThanOrEqualTo(5 * 1024);
  }

  @Test
  void embedJsReservesTheHeightsOfEmbedOptions() throws Exception {
    String script = Files.readString(SCRIPT);
    String options = Files.readString(OPTIONS);

    for (String constant : new String[] {"PADDING", "HEADER", "FOOTER", "MAX"}) {
      var m = java.util.regex.Pattern.compile("static final int " + constant + " = (\\d+);").matcher(options);
      assertThat(m.find()).as(constant).isTrue();
      assertThat(script).contains(constant + " = " + m.group(1));
    }
    assertThat(script).contains("list: 68", "compact: 36", "cards: 132");
    assertThat(options).contains("LIST(68), COMPACT(36), CARDS(132)");
  }
}
