package org.openseason.crawler.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openseason.crawler.Problem;

class TextDecoderTest {

  private static final Charset CP1251 = Charset.forName("windows-1251");
  private static final Charset CP1252 = Charset.forName("windows-1252");

  @Test
  void usesTheHeaderCharset() {
    TextDecoder.Decoded decoded = TextDecoder.decode("Zürich".getBytes(CP1252), Optional.of("windows-1252"));
    assertThat(decoded.text()).isEqualTo("Zürich");
    assertThat(decoded.problems()).isEmpty();
  }

  @Test
  void letsAByteOrderMarkWinOverAWrongHeader() {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    byte[] text = "Zürich".getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, body, 0, 3);
    System.arraycopy(text, 0, body, 3, text.length);
    assertThat(TextDecoder.decode(body, Optional.of("iso-8859-1")).text()).isEqualTo("Zürich");
  }

  @Test
  void readsTheMetaCharsetWhenTheHeaderHasNone() {
    byte[] page = "<html><head><meta charset=\"windows-1251\"></head><body>Привет</body></html>".getBytes(CP1251);
    assertThat(TextDecoder.decode(page, Optional.empty()).text()).contains("Привет");
  }

  @Test
  void readsUtf8LabelledAsLatin1AsUtf8WithAWarning() {
    TextDecoder.Decoded decoded = TextDecoder.decode("Zürich – Genève".getBytes(StandardCharsets.UTF_8),
        Optional.of("ISO-8859-1"));
    assertThat(decoded.text()).isEqualTo("Zürich – Genève");
    assertThat(decoded.problems()).extracting(Problem::reason).containsExactly("charset-mismatch");
  }

  @Test
  void readsBytesThatAreNotValidInTheDeclaredCharsetAsWhatTheyAre() {
    TextDecoder.Decoded decoded = TextDecoder.decode("Zürich".getBytes(CP1252), Optional.of("utf-8"));
    assertThat(decoded.text()).isEqualTo("Zürich");
    assertThat(decoded.problems()).extracting(Problem::reason).containsExactly("charset-mismatch");
  }

  @Test
  void guessesFromTheBytesWhenTheCharsetIsUnknown() {
    TextDecoder.Decoded decoded = TextDecoder.decode("Zürich".getBytes(StandardCharsets.UTF_8),
        Optional.of("x-klingon"));
    assertThat(decoded.text()).isEqualTo("Zürich");
    assertThat(decoded.problems()).extracting(Problem::reason).containsExactly("unknown-charset");
  }

  @Test
  void letsTheHeaderWinOverAConflictingMetaCharset() {
    byte[] page = "<meta charset=windows-1252><p>Zürich</p>".getBytes(StandardCharsets.UTF_8);
    assertThat(TextDecoder.decode(page, Optional.of("utf-8")).text()).contains("Zürich");
  }
}
