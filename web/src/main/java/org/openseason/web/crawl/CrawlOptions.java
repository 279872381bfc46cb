package org.openseason.web.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openseason.crawler.DocumentKind;
import org.openseason.crawler.archive.ArchiveSettings;
import org.openseason.crawler.guard.HostPort;
import org.openseason.domain.Keyed;
import org.openseason.domain.Urls;

/**
 * The options of {@code openseason crawl}, checked together so that a wrong combination is refused before anything
 * runs.
 *
 * @param help whether help was asked for
 * @param url the page to preview
 * @param kind how to read it; guessed from its media type and path when empty
 * @param dryRun store nothing (required with {@code --url})
 * @param json JSON (true) or text (false), when chosen: a preview prints JSON by default, a crawl text
 * @param sources crawl only these sources
 * @param all crawl every enabled source, due or not
 * @param data the data folder
 * @param allowInternal internal addresses the crawl may reach
 * @param replay a web archive to read every response from instead of the network
 * @param record a web archive to write every request and response of a live crawl to
 */
public record CrawlOptions(boolean help, Optional<URI> url, Optional<DocumentKind> kind, boolean dryRun,
    Optional<Boolean> json, List<String> sources, boolean all, Optional<Path> data, List<HostPort> allowInternal,
    Optional<Path> replay, Optional<Path> record) {

  /**
   * Reads the options that follow {@code crawl}.
   *
   * @throws IllegalArgumentException naming the option that is wrong
   */
  public static CrawlOptions parse(List<String> args) {
    boolean help = false;
    Optional<URI> url = Optional.empty();
    Optional<DocumentKind> kind = Optional.empty();
    boolean dryRun = false;
    Optional<Boolean> json = Optional.empty();
    List<String> sources = new ArrayList<>();
    boolean all = false;
    Optional<Path> data = Optional.empty();
    List<HostPort> internal = new ArrayList<>();
    Optional<Path> replay = Optional.empty();
    Optional<Path> record = Optional.empty();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "-h", "--help" -> help = true;
        case "--url" -> url = Optional.of(url(value(args, ++i, arg)));
        case "--kind" -> kind = Optional.of(kind(value(args, ++i, arg)));
        case "--dry-run" -> dryRun = true;
        case "--format" -> json = Optional.of(format(value(args, ++i, arg)));
        case "--source" -> sources.add(value(args, ++i, arg));
        case "--all" -> all = true;
        case "--data" -> data = Optional.of(Path.of(value(args, ++i, arg)));
        case "--allow-internal" -> internal.add(hostPort(value(args, ++i, arg)));
        case "--replay" -> replay = Optional.of(Path.of(value(args, ++i, arg)));
        case "--record" -> record = Optional.of(Path.of(value(args, ++i, arg)));
        default -> throw new IllegalArgumentException("unknown option '" + arg + "' for crawl");
      }
    }
    if (!help) {
      check(url, kind, dryRun, sources, all);
      checkArchives(replay, record);
    }
    return new CrawlOptions(help, url, kind, dryRun, json, sources, all, data, internal, replay, record);
  }

  private static void check(Optional<URI> url, Optional<DocumentKind> kind, boolean dryRun, List<String> sources,
      boolean all) {
    if (url.isPresent() && !dryRun) {
      throw new IllegalArgumentException(
          "--url previews one page and stores nothing: add --dry-run (to crawl a page regularly, add it as a source)");
    }
    if (dryRun && url.isEmpty()) {
      throw new IllegalArgumentException("--dry-run needs --url URL");
    }
    if (kind.isPresent() && url.isEmpty()) {
      throw new IllegalArgumentException("--kind goes with --url");
    }
    if (url.isPresent() && (!sources.isEmpty() || all)) {
      throw new IllegalArgumentException("--url cannot be combined with --source or --all");
    }
    if (!sources.isEmpty() && all) {
      throw new IllegalArgumentException("--source and --all cannot be combined");
    }
  }

  private static void checkArchives(Optional<Path> replay, Optional<Path> record) {
    if (replay.isPresent() && record.isPresent()) {
      throw new IllegalArgumentException("--replay and --record cannot be combined (a replay makes no request)");
    }
    if (replay.isPresent() && !Files.exists(replay.get())) {
      throw new IllegalArgumentException("--replay " + replay.get() + ": no such file");
    }
    if (replay.isPresent() && !Files.isRegularFile(replay.get())) {
      throw new IllegalArgumentException("--replay " + replay.get() + ": not a file");
    }
    if (replay.isPresent() && !Files.isReadable(replay.get())) {
      throw new IllegalArgumentException("--replay " + replay.get() + ": the file cannot be read");
    }
    Optional<Path> folder = record.map(Path::toAbsolutePath).map(Path::getParent);
    if (folder.isPresent() && !Files.isDirectory(folder.get())) {
      throw new IllegalArgumentException("--record " + record.get() + ": no folder " + folder.get());
    }
  }

  /** Where the crawler's responses come from and go to. */
  public ArchiveSettings archive() {
    return new ArchiveSettings(replay, record);
  }

  /** True for a preview of one page. */
  public boolean preview() {
    return url.isPresent();
  }

  private static String value(List<String> args, int i, String option) {
    if (i >= args.size() || args.get(i).isBlank()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args.get(i);
  }

  private static URI url(String text) {
    try {
      URI uri = new URI(text.strip());
      if (!Urls.isWebUrl(uri)) {
        throw new IllegalArgumentException("--url needs an absolute http or https URL, not '" + text + "'");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("--url '" + text + "' is not a URL: " + e.getReason());
    }
  }

  private static DocumentKind kind(String text) {
    return Keyed.byKey(DocumentKind.class, text).orElseThrow(() -> new IllegalArgumentException(
        "--kind must be one of " + Keyed.keysOf(DocumentKind.class) + ", not '" + text + "'"));
  }

  private static boolean format(String text) {
    return switch (text) {
      case "json" -> true;
      case "text" -> false;
      default -> throw new IllegalArgumentException("--format must be json or text, not '" + text + "'");
    };
  }

  private static HostPort hostPort(String text) {
    try {
      return HostPort.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--allow-internal needs HOST:PORT, not '" + text + "': " + e.getMessage());
    }
  }
}
