package org.openseason.crawler.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openseason.crawler.Problem;
import org.openseason.crawler.Stage;

/**
 * Decodes a body to text. The charset comes from, in order: a byte-order mark; the {@code Content-Type} header;
 * the document's own {@code <meta charset>} or XML declaration; and otherwise UTF-8 when the bytes are valid UTF-8,
 * windows-1252 when not. A declared charset the bytes contradict is not trusted blindly: bytes that are not valid
 * in it, or valid multi-byte UTF-8 labelled as a single-byte charset, are decoded as what they are, with a warning.
 */
final class TextDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
  private static final Pattern XML_DECLARATION = Pattern.compile("^\\s*<\\?xml[^>]+encoding\\s*=\\s*[\"']([\\w.:-]+)");

  private TextDecoder() {}

  /** Decoded text, the charset used, and warnings about the charset. */
  record Decoded(String text, Charset charset, List<Problem> problems) {}

  static Decoded decode(byte[] bytes, Optional<String> headerCharset) {
    List<Problem> problems = new ArrayList<>();
    Optional<Charset> bom = bomCharset(bytes);
    if (bom.isPresent()) {
      int skip = bom.get().equals(StandardCharsets.UTF_8) ? 3 : 2;
      return new Decoded(new String(bytes, skip, bytes.length - skip, bom.get()), bom.get(), problems);
    }
    Optional<Charset> declared = headerCharset.flatMap(name -> lookup(name, "the Content-Type header", problems))
        .or(() -> inDocument(bytes).flatMap(name -> lookup(name, "the document", problems)));
    if (declared.isPresent()) {
      Charset charset = declared.get();
      Optional<String> strict = strictly(bytes, charset);
      if (strict.isPresent()) {
        if (isSingleByte(charset) && hasMultiByteUtf8(bytes) && strictly(bytes, StandardCharsets.UTF_8).isPresent()) {
          problems.add(Problem.warning(Stage.PARSE, ParseReason.CHARSET_MISMATCH,
              "declared " + charset.name() + " but the bytes are UTF-8; read as UTF-8"));
          return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, problems);
        }
        return new Decoded(strict.get(), charset, problems);
      }
      Charset sniffed = sniff(bytes);
      problems.add(Problem.warning(Stage.PARSE, ParseReason.CHARSET_MISMATCH,
          "the bytes are not valid " + charset.name() + "; read as " + sniffed.name()));
      return new Decoded(new String(bytes, sniffed), sniffed, problems);
    }
    Charset sniffed = sniff(bytes);
    return new Decoded(new String(bytes, sniffed), sniffed, problems);
  }

  private static Optional<Charset> bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  /** The charset a page or feed declares in its first 4 KiB. */
  private static Optional<String> inDocument(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_DECLARATION.matcher(head);
    if (xml.find()) {
      return Optional.of(xml.group(1));
    }
    Matcher meta = META.matcher(head);
    return meta.find() ? Optional.of(meta.group(1)) : Optional.empty();
  }

  private static Optional<Charset> lookup(String name, String where, List<Problem> problems) {
    String clean = name.strip().toLowerCase(Locale.ROOT);
    // Browsers read "latin1" and "iso-8859-1" labels as windows-1252; so does the crawler.
    if (clean.equals("iso-8859-1") || clean.equals("latin1") || clean.equals("us-ascii") || clean.equals("ascii")) {
      return Optional.of(WINDOWS_1252);
    }
    try {
      return Optional.of(Charset.forName(clean));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      problems.add(Problem.warning(Stage.PARSE, ParseReason.UNKNOWN_CHARSET,
          "charset '" + name + "' in " + where + " is unknown; the charset was guessed from the bytes"));
      return Optional.empty();
    }
  }

  private static Charset sniff(byte[] bytes) {
    return strictly(bytes, StandardCharsets.UTF_8).isPresent() ? StandardCharsets.UTF_8 : WINDOWS_1252;
  }

  private static Optional<String> strictly(byte[] bytes, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
      return Optional.of(chars.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean isSingleByte(Charset charset) {
    return charset.newEncoder().maxBytesPerChar() <= 1.0f;
  }

  private static boolean hasMultiByteUtf8(byte[] bytes) {
    for (int i = 0; i + 1 < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      if (b >= 0xc2 && b <= 0xf4 && (bytes[i + 1] & 0xc0) == 0x80) {
        return true;
      }
    }
    return false;
  }
}
