package org.openseason.crawler.parse;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openseason.crawler.Problem;
import org.openseason.crawler.Stage;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Splits the front matter off a Markdown file: YAML between {@code ---} lines (Jekyll, Hugo, Hakyll) or TOML between
 * {@code +++} lines (Hugo). Its fields stay available (title, date, lastmod); the body is what gets rendered.
 */
final class FrontMatter {

  private FrontMatter() {}

  /** The front matter fields, the remaining body, and a problem when the front matter could not be read. */
  record Split(Map<String, Object> fields, String body, Optional<Problem> problem) {}

  static Split split(String text) {
    String trimmed = text.stripLeading();
    String fence = trimmed.startsWith("---") ? "---" : trimmed.startsWith("+++") ? "+++" : null;
    if (fence == null || !isFenceLine(trimmed, 0, fence)) {
      return new Split(Map.of(), text, Optional.empty());
    }
    int start = trimmed.indexOf('\n') + 1;
    int end = findClosingFence(trimmed, start, fence);
    if (start == 0 || end < 0) {
      return new Split(Map.of(), text, Optional.empty());
    }
    String header = trimmed.substring(start, end);
    int bodyStart = trimmed.indexOf('\n', end);
    String body = bodyStart < 0 ? "" : trimmed.substring(bodyStart + 1);
    try {
      Map<String, Object> fields = fence.equals("---") ? yaml(header) : toml(header);
      return new Split(fields, body, Optional.empty());
    } catch (YAMLException | ClassCastException e) {
      return new Split(Map.of(), body, Optional.of(Problem.warning(Stage.PARSE, ParseReason.BAD_FRONT_MATTER,
          "the front matter is not valid: " + firstLine(e.getMessage()))));
    }
  }

  private static boolean isFenceLine(String text, int at, String fence) {
    int lineEnd = text.indexOf('\n', at);
    String line = (lineEnd < 0 ? text.substring(at) : text.substring(at, lineEnd)).strip();
    return line.equals(fence);
  }

  private static int findClosingFence(String text, int from, String fence) {
    for (int at = from; at < text.length(); ) {
      int lineEnd = text.indexOf('\n', at);
      String line = (lineEnd < 0 ? text.substring(at) : text.substring(at, lineEnd)).strip();
      if (line.equals(fence) || (fence.equals("---") && line.equals("..."))) {
        return at;
      }
      if (lineEnd < 0) {
        return -1;
      }
      at = lineEnd + 1;
    }
    return -1;
  }

  private static Map<String, Object> yaml(String header) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(20);
    options.setCodePointLimit(256 * 1024);
    options.setAllowDuplicateKeys(true);
    Object document = new Yaml(new SafeConstructor(options)).load(header);
    if (!(document instanceof Map<?, ?> map)) {
      return Map.of();
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    map.forEach((key, value) -> fields.put(String.valueOf(key), plain(value)));
    return fields;
  }

  /** YAML timestamps become ISO-8601 text, so that every field is text, a number, a list or a map. */
  private static Object plain(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(FrontMatter::plain).toList();
    }
    return value == null ? "" : value;
  }

  /** The flat {@code key = value} lines Hugo's TOML front matter uses; tables and arrays are kept as text. */
  private static Map<String, Object> toml(String header) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (String line : header.split("\n")) {
      int equals = line.indexOf('=');
      if (equals <= 0 || line.strip().startsWith("#") || line.strip().startsWith("[")) {
        continue;
      }
      String value = line.substring(equals + 1).strip();
      if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
          || value.startsWith("'") && value.endsWith("'"))) {
        value = value.substring(1, value.length() - 1);
      }
      fields.put(line.substring(0, equals).strip(), value);
    }
    return fields;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
