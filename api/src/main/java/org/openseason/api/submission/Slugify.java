package org.openseason.api.submission;

import java.text.Normalizer;
import java.util.Locale;

/** A slug from a program's name: "Café Summer of Code 2026!" becomes {@code cafe-summer-of-code-2026}. */
final class Slugify {

  private static final int MAX = 60;

  private Slugify() {}

  static String of(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (plain.length() > MAX) {
      plain = plain.substring(0, MAX).replaceAll("-+$", "");
    }
    return plain.isEmpty() ? "program" : plain;
  }
}
