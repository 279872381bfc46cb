package org.openseason.domain;

import java.util.List;
import java.util.regex.Pattern;

/** The shape of a program's stable identifier: lower-case words joined by {@code -}. */
public final class Slugs {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Slugs() {}

  public static boolean isValid(String slug) {
    return slug != null && slug.length() <= 80 && SLUG.matcher(slug).matches();
  }

  static String require(String slug, String field) {
    if (!isValid(slug)) {
      throw new IllegalArgumentException(
          field + " '" + slug + "' is not a slug (lower-case letters and digits joined by -)");
    }
    return slug;
  }

  static List<String> list(List<String> slugs, String field) {
    if (slugs == null) {
      return List.of();
    }
    slugs.forEach(s -> require(s, field));
    return List.copyOf(slugs);
  }
}
