package org.openseason.crawler.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The status line and headers of an HTTP/1.x response, read with bounds on line length and header count. */
record ResponseHead(int status, List<String[]> headers) {

  private static final int MAX_LINE = 16 * 1024;
  private static final int MAX_HEADERS = 200;

  static ResponseHead read(InputStream in) throws IOException, FetchFailure {
    String statusLine = line(in);
    if (statusLine == null) {
      throw new FetchFailure(FailureReason.MALFORMED_RESPONSE, "the server closed the connection without answering");
    }
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || parts[1].length() != 3) {
      throw new FetchFailure(FailureReason.MALFORMED_RESPONSE, "not an HTTP/1.x status line: " + abbreviate(statusLine));
    }
    int status;
    try {
      status = Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      throw new FetchFailure(FailureReason.MALFORMED_RESPONSE, "status is not a number: " + abbreviate(statusLine));
    }
    List<String[]> headers = new ArrayList<>();
    for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
      int colon = header.indexOf(':');
      if (colon <= 0) {
        throw new FetchFailure(FailureReason.MALFORMED_RESPONSE, "header without a colon: " + abbreviate(header));
      }
      if (headers.size() == MAX_HEADERS) {
        throw new FetchFailure(FailureReason.MALFORMED_RESPONSE, "more than " + MAX_HEADERS + " headers");
      }
      headers.add(new String[] {header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
          header.substring(colon + 1).strip()});
    }
    return new ResponseHead(status, headers);
  }

  Optional<String> header(String name) {
    for (String[] header : headers) {
      if (header[0].equals(name)) {
        return Optional.of(header[1]);
      }
    }
    return Optional.empty();
  }

  /** Reads one CRLF- (or LF-) terminated line as ISO-8859-1; null at the end of the stream before any byte. */
  static String line(InputStream in) throws IOException, FetchFailure {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        return trimCr(bytes);
      }
      if (bytes.size() == MAX_LINE) {
        throw new FetchFailure(FailureReason.MALFORMED_RESPONSE, "a header line longer than " + MAX_LINE + " bytes");
      }
      bytes.write(b);
    }
    return bytes.size() == 0 ? null : trimCr(bytes);
  }

  private static String trimCr(ByteArrayOutputStream bytes) {
    String line = bytes.toString(StandardCharsets.ISO_8859_1);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  private static String abbreviate(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }
}
