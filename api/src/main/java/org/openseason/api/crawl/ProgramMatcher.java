package org.openseason.api.crawl;

import java.net.URI;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openseason.crawler.ProgramCandidate;
import org.openseason.domain.Program;

/**
 * Entity resolution: which listing a program candidate from some page is. By its link first (the same homepage up
 * to scheme, {@code www.}, case and a trailing slash, or a page on a host that only one program has as its whole
 * homepage), then by its name or one of the listing's aliases, compared without case, accents, punctuation or a
 * trailing year ("Google Summer of Code 2026").
 */
public final class ProgramMatcher {

  private final Map<String, String> byPage = new HashMap<>();
  private final Map<String, String> byHost = new HashMap<>();
  private final Set<String> sharedHosts = new HashSet<>();
  private final Map<String, String> byName = new HashMap<>();

  public ProgramMatcher(List<Program> programs) {
    programs.forEach(this::add);
  }

  /** Makes the program matchable, so that a large database can be read batch by batch. */
  public void add(Program program) {
    byPage.putIfAbsent(page(program.homepage()), program.slug());
    String host = host(program.homepage());
    if (isWholeSite(program.homepage()) && !sharedHosts.contains(host)) {
      if (byHost.putIfAbsent(host, program.slug()) != null) {
        byHost.remove(host);
        sharedHosts.add(host);
      }
    }
    byName.putIfAbsent(name(program.name()), program.slug());
    program.aliases().forEach(alias -> byName.putIfAbsent(name(alias), program.slug()));
  }

  /** The slug of the listing the candidate is, if any. */
  public Optional<String> match(ProgramCandidate candidate) {
    if (candidate.homepage().isPresent()) {
      URI link = candidate.homepage().get();
      String slug = byPage.get(page(link));
      if (slug == null) {
        slug = byHost.get(host(link));
      }
      if (slug != null) {
        return Optional.of(slug);
      }
    }
    return Optional.ofNullable(byName.get(name(candidate.name())));
  }

  /** A key that is the same for the same page: host without {@code www.}, path without a trailing slash. */
  static String page(URI uri) {
    String path = uri.getRawPath() == null ? "" : uri.getRawPath().toLowerCase(Locale.ROOT);
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (path.endsWith("/index.html")) {
      path = path.substring(0, path.length() - "/index.html".length());
    }
    return host(uri) + path;
  }

  private static String host(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  private static boolean isWholeSite(URI uri) {
    String path = uri.getRawPath();
    return path == null || path.isEmpty() || path.equals("/");
  }

  /** A name without case, accents, punctuation or a trailing year. */
  static String name(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return plain.replaceAll("\\s+(19|20)\\d\\d$", "");
  }
}
