package org.openseason.api.search;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A JSON text built in bytes: parts encoded earlier are appended as they are, strings are encoded as Jackson
 * encodes them for the serde mapper. Commas and brackets are the caller's.
 */
final class JsonBytes {

  private static final JsonStringEncoder ENCODER = JsonStringEncoder.getInstance();
  private static final byte[] NULL = ascii("null");
  private static final byte[] TRUE = ascii("true");
  private static final byte[] FALSE = ascii("false");

  private byte[] bytes;
  private int size;

  JsonBytes(int capacity) {
    bytes = new byte[capacity];
  }

  /** The bytes of an ASCII text, such as a field's name and colon: {@code "slug":}. */
  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** {@code "name":}, for a constant field name. */
  static byte[] name(String name) {
    return ascii("\"" + name + "\":");
  }

  JsonBytes raw(byte[] part) {
    ensure(part.length);
    System.arraycopy(part, 0, bytes, size, part.length);
    size += part.length;
    return this;
  }

  JsonBytes raw(char c) {
    ensure(1);
    bytes[size++] = (byte) c;
    return this;
  }

  /** A string value, or {@code null}. */
  JsonBytes string(String value) {
    if (value == null) {
      return raw(NULL);
    }
    ensure(value.length() + 2);
    int at = size;
    bytes[at++] = '"';
    // Most strings are printable ASCII that needs no escape: copied as they are, the rest encoded by Jackson.
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
        raw('"');
        return raw(ENCODER.quoteAsUTF8(value)).raw('"');
      }
      bytes[at++] = (byte) c;
    }
    bytes[at++] = '"';
    size = at;
    return this;
  }

  /** An array of strings. */
  JsonBytes strings(List<String> values) {
    raw('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        raw(',');
      }
      string(values.get(i));
    }
    return raw(']');
  }

  JsonBytes number(long value) {
    if (value < 0 || value >= 1_000_000_000L) {
      return raw(ascii(Long.toString(value)));
    }
    int digits = 1;
    for (long rest = value / 10; rest > 0; rest /= 10) {
      digits++;
    }
    ensure(digits);
    long rest = value;
    for (int i = size + digits - 1; i >= size; i--) {
      bytes[i] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    size += digits;
    return this;
  }

  JsonBytes bool(boolean value) {
    return raw(value ? TRUE : FALSE);
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
