package org.openseason.crawler.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openseason.crawler.DocumentKind;
import org.openseason.crawler.SourceSpec;
import org.openseason.crawler.extract.ExtractorSettings;
import org.openseason.crawler.fetch.Validators;
import org.openseason.listing.Node;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads source definition files:
 *
 * <pre>
 * id: cncf-lfx-2026-term-3                 # lower-case words joined by -
 * url: https://raw.githubusercontent.com/...
 * kind: markdown                           # html, markdown or feed
 * program: cncf-mentoring                  # the slug of the program it feeds (optional)
 * schedule: P1D                            # ISO-8601 duration, at least PT1H
 * licence: CC-BY-4.0
 * attribution: "CNCF mentoring programs, https://github.com/cncf/mentoring"
 * enabled: true
 * cycle: "2026 Term 3"                     # the program's cycle it feeds (optional)
 * extractors:                              # optional; the defaults of the kind when left out
 *   - type: sections                       # table, sections, timeline, program-page, feed, structured-data
 *     project_level: 3
 *     idea_level: 4
 * </pre>
 *
 * Every error names the file and the field: {@code cncf.yaml: extractors[0].idea_level: must be deeper ...}.
 */
public final class SourceFiles {

  /** The classpath folder of the bundled sources, and the list of its files. */
  public static final String BUNDLED = "sources/";
  public static final String INDEX = BUNDLED + "index.txt";

  private SourceFiles() {}

  public static SourceDefinition read(Path file) {
    try {
      return read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new SourceFileException(file.toString(), "", "cannot be read: " + e.getMessage());
    }
  }

  public static SourceDefinition read(String file, String yaml) {
    return read(file, yaml, true);
  }

  /**
   * Reads a definition that is not a file (one an administrator sends): its id need match no file name.
   *
   * @throws SourceFileException naming the field that is wrong
   */
  public static SourceDefinition readDefinition(String yaml) {
    return read("source", yaml, false);
  }

  private static SourceDefinition read(String file, String yaml, boolean idIsFileName) {
    Object document;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setMaxAliasesForCollections(10);
      document = new Yaml(new SafeConstructor(options)).load(yaml);
    } catch (YAMLException e) {
      throw new SourceFileException(file, "", "is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
    }
    Node f = Node.of("", document, (path, problem) -> new SourceFileException(file, path, problem));
    String id = f.text("id");
    if (idIsFileName && !file.equals(id + ".yaml")) {
      throw f.error("id", "'" + id + "' must match the file name '" + file + "'");
    }
    URI url = f.uri("url");
    DocumentKind kind = f.keyed("kind", DocumentKind.class);
    List<ExtractorSettings> extractors = f.nodes("extractors", SettingsReader::read);
    Optional<String> program = f.optionalText("program");
    Duration schedule = schedule(f);
    String licence = f.text("licence");
    Optional<String> attribution = f.optionalText("attribution");
    boolean enabled = f.bool("enabled", true);
    Optional<String> cycle = f.optionalText("cycle");
    f.requireAllRead();
    try {
      SourceSpec spec = new SourceSpec(id, url, kind, extractors, program, Validators.NONE);
      return new SourceDefinition(spec, schedule, licence, attribution, enabled, cycle);
    } catch (IllegalArgumentException e) {
      throw new SourceFileException(file, "", e.getMessage());
    }
  }

  /** The bundled source definitions, in the order {@code sources/index.txt} lists them. */
  public static List<SourceDefinition> bundled() {
    List<SourceDefinition> sources = new ArrayList<>();
    bundledTexts().forEach((name, yaml) -> sources.add(read(name, yaml)));
    return sources;
  }

  /** The bundled source files as published, file name to YAML, in the order {@code sources/index.txt} lists them. */
  public static Map<String, String> bundledTexts() {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String name : resource(INDEX).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList()) {
      texts.put(name, resource(BUNDLED + name));
    }
    return texts;
  }

  private static String resource(String name) {
    try (InputStream in = SourceFiles.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new SourceFileException(name, "", "is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** ISO-8601: {@code PT6H}, {@code P1D}, and also {@code P1W}, which {@link Duration} alone does not read. */
  private static Duration schedule(Node f) {
    String text = f.optionalText("schedule").orElse("P1D");
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      try {
        Period period = Period.parse(text);
        if (period.getMonths() != 0 || period.getYears() != 0) {
          throw f.error("schedule", "'" + text + "' must be in days or weeks, not months or years");
        }
        return Duration.ofDays(period.getDays());
      } catch (DateTimeParseException again) {
        throw f.error("schedule", "'" + text + "' is not an ISO-8601 duration such as P1D or PT6H");
      }
    }
  }
}
