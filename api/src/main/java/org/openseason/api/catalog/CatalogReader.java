package org.openseason.api.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.openseason.domain.InterestVocabulary;
import org.openseason.domain.Program;
import org.openseason.domain.SourceKind;
import org.openseason.listing.InterestsCodec;
import org.openseason.listing.ListingCodec;
import org.openseason.listing.ListingException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads the catalog: {@code programs/*.yaml} and {@code interests.yaml} under a folder, on disk or on the class
 * path. Every file is checked in full (schema, references between files, duplicates); the first problem stops the
 * read with a {@link CatalogException} naming the file and the field.
 */
public final class CatalogReader {

  /** Where the catalog sits on the class path. */
  public static final String CLASSPATH_ROOT = "catalog";

  private CatalogReader() {}

  public static Catalog fromClasspath() {
    URL url = CatalogReader.class.getClassLoader().getResource(CLASSPATH_ROOT + "/interests.yaml");
    if (url == null) {
      throw new CatalogException(CLASSPATH_ROOT, "the bundled catalog is missing from the class path");
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return fromFolder(fs.getPath(CLASSPATH_ROOT));
      }
      return fromFolder(Path.of(uri).getParent());
    } catch (URISyntaxException | IOException e) {
      throw new CatalogException(CLASSPATH_ROOT, "cannot open the bundled catalog: " + e.getMessage());
    }
  }

  public static Catalog fromFolder(Path folder) {
    InterestVocabulary vocabulary = readVocabulary(folder.resolve("interests.yaml"));
    Map<String, Program> programs = new LinkedHashMap<>();
    for (Path file : programFiles(folder.resolve("programs"))) {
      programs.put(file.getFileName().toString(), readProgram(file));
    }
    checkAcrossFiles(programs, vocabulary);
    return new Catalog(programs, vocabulary);
  }

  private static List<Path> programFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> yaml = files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
      if (yaml.isEmpty()) {
        throw new CatalogException(folder.toString(), "no program files");
      }
      return yaml;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InterestVocabulary readVocabulary(Path file) {
    try {
      return InterestsCodec.decode(parse(file));
    } catch (ListingException e) {
      throw new CatalogException(name(file), e.getMessage());
    }
  }

  /** Reads one program file; its slug must be its file name. */
  public static Program readProgram(Path file) {
    Program program;
    try {
      program = ListingCodec.decode(parse(file), SourceKind.CATALOG);
    } catch (ListingException e) {
      throw new CatalogException(name(file), e.getMessage());
    }
    String expected = name(file).substring(0, name(file).length() - ".yaml".length());
    if (!program.slug().equals(expected)) {
      throw new CatalogException(name(file), "slug: '" + program.slug() + "' differs from the file name");
    }
    return program;
  }

  private static void checkAcrossFiles(Map<String, Program> programs, InterestVocabulary vocabulary) {
    Map<String, String> names = new HashMap<>();
    Map<String, String> homepages = new HashMap<>();
    Map<String, Program> bySlug = new HashMap<>();
    programs.values().forEach(p -> bySlug.put(p.slug(), p));
    programs.forEach(
        (file, p) -> {
          unique(names, p.name().toLowerCase(Locale.ROOT), file, "name");
          p.aliases().forEach(a -> unique(names, a.toLowerCase(Locale.ROOT), file, "aliases"));
          unique(homepages, normalizedHomepage(p.homepage()), file, "homepage");
          for (String interest : p.interests()) {
            if (vocabulary.byKey(interest).isEmpty()) {
              throw new CatalogException(file, "interests: '" + interest + "' is not in interests.yaml");
            }
          }
          for (String slug : p.runsOn()) {
            if (!bySlug.containsKey(slug)) {
              throw new CatalogException(file, "runs_on: no program has the slug '" + slug + "'");
            }
          }
          for (String slug : p.eligibility().excludesPastParticipantsOf()) {
            if (!bySlug.containsKey(slug)) {
              throw new CatalogException(
                  file, "eligibility.excludes_past_participants_of: no program has the slug '" + slug + "'");
            }
          }
        });
  }

  private static void unique(Map<String, String> seen, String value, String file, String field) {
    String other = seen.putIfAbsent(value, file);
    if (other != null && !other.equals(file)) {
      throw new CatalogException(file, field + ": '" + value + "' is also in " + other);
    }
  }

  /** Homepages compare without scheme, "www.", case and trailing slash. */
  static String normalizedHomepage(URI uri) {
    String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
    return host + path;
  }

  private static String name(Path file) {
    return file.getFileName().toString();
  }

  private static Object parse(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Object document = yaml().load(text);
      if (document == null) {
        throw new CatalogException(name(file), "the file is empty");
      }
      return document;
    } catch (YAMLException e) {
      throw new CatalogException(name(file), "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      throw new CatalogException(name(file), "cannot read: " + e.getMessage());
    }
  }

  /**
   * YAML that keeps dates and words like {@code NO} (Norway) or {@code on} as text: only {@code true}, {@code
   * false}, integers and {@code null} get a type of their own, and no tag can construct objects.
   */
  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(10);
    return new Yaml(new SafeConstructor(options), new Representer(new org.yaml.snakeyaml.DumperOptions()),
        new org.yaml.snakeyaml.DumperOptions(), options, new PlainResolver());
  }

  private static final class PlainResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.BOOL, java.util.regex.Pattern.compile("^(?:true|false)$"), "tf");
      addImplicitResolver(Tag.INT, java.util.regex.Pattern.compile("^(?:0|-?[1-9][0-9]*)$"), "-0123456789");
      addImplicitResolver(Tag.NULL, java.util.regex.Pattern.compile("^(?:~|null|)$"), "~n\0");
      addImplicitResolver(Tag.MERGE, MERGE, "<");
    }
  }

}
