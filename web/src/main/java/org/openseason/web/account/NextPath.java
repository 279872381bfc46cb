package org.openseason.web.account;

/**
 * Where to go after signing in: only a path of this site ({@code /admin?x=1}), never another site
 * ({@code //evil.example}, {@code /\evil.example}, {@code https://...}), so the form cannot be used to send an
 * administrator elsewhere.
 */
final class NextPath {

  static final String DEFAULT = "/admin";

  private NextPath() {}

  static String of(String next) {
    if (next == null || next.length() > 2000 || !next.startsWith("/") || next.startsWith("//")
        || next.startsWith("/\\") || !next.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '\\')) {
      return DEFAULT;
    }
    return next;
  }
}
