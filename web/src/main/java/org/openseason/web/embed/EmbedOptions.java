package org.openseason.web.embed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openseason.api.search.SearchParameters;
import org.openseason.api.system.ApiException;
import org.openseason.api.system.Problem.InvalidParam;

/**
 * How an embed looks, read from the same query string as its search; what is left is the search itself.
 *
 * <p>An embed has a fixed height worked out from its layout, its count and whether it has a title, so the host
 * page reserves exactly that space before the listing arrives and nothing below it moves when it does.
 * {@code embed.js} holds the same numbers ({@code EmbedScriptTest} checks they agree).
 *
 * @param layout list, compact or cards
 * @param theme light, dark or auto (follows the reader's setting)
 * @param max how many programs, 1 to {@value #MAX}
 * @param title the author's heading, empty for none
 * @param search the search parameters, with the page size set to {@code max}
 */
record EmbedOptions(Layout layout, Theme theme, int max, String title, Map<String, List<String>> search) {

  static final int MAX = 20;
  static final int DEFAULT_MAX = 5;
  static final int PADDING = 16;
  static final int HEADER = 44;
  static final int FOOTER = 32;
  private static final int TITLE_LENGTH = 100;
  private static final Set<String> OWN = Set.of("layout", "theme", "max", "title");

  /** How programs are laid out, each with the fixed height of one program in pixels. */
  enum Layout {
    LIST(68), COMPACT(36), CARDS(132);

    final int row;

    Layout(int row) {
      this.row = row;
    }

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Colours: light, dark, or the reader's own setting. */
  enum Theme {
    LIGHT, DARK, AUTO;

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The height the embed takes, in pixels, whatever it holds. */
  int height() {
    return PADDING + (title.isEmpty() ? 0 : HEADER) + max * layout.row + FOOTER;
  }

  /** The parameters that describe this embed again: its search and its looks, defaults left out. */
  Map<String, List<String>> params() {
    Map<String, List<String>> all = new LinkedHashMap<>(search);
    all.remove("size");
    if (layout != Layout.LIST) {
      all.put("layout", List.of(layout.key()));
    }
    if (theme != Theme.AUTO) {
      all.put("theme", List.of(theme.key()));
    }
    if (max != DEFAULT_MAX) {
      all.put("max", List.of(String.valueOf(max)));
    }
    if (!title.isEmpty()) {
      all.put("title", List.of(title));
    }
    return all;
  }

  /**
   * Splits the embed's own parameters from its search.
   *
   * @throws ApiException 400 naming every invalid parameter of the embed's own
   */
  static EmbedOptions parse(Map<String, List<String>> params) {
    List<InvalidParam> invalid = new ArrayList<>();
    Layout layout = choice(params, "layout", Layout.class, Layout.LIST, invalid);
    Theme theme = choice(params, "theme", Theme.class, Theme.AUTO, invalid);
    int max = DEFAULT_MAX;
    String maxText = single(params, "max", invalid);
    if (!maxText.isEmpty()) {
      try {
        max = Integer.parseInt(maxText);
        if (max < 1 || max > MAX) {
          invalid.add(new InvalidParam("max", "must be between 1 and " + MAX));
        }
      } catch (NumberFormatException e) {
        invalid.add(new InvalidParam("max", "is not a whole number"));
      }
    }
    String title = single(params, "title", invalid).strip();
    if (title.length() > TITLE_LENGTH) {
      invalid.add(new InvalidParam("title", "is longer than " + TITLE_LENGTH + " characters"));
    }
    if (title.chars().anyMatch(c -> Character.isISOControl(c) || c == '\uFFFD')) {
      invalid.add(new InvalidParam("title", "has control characters or is not valid UTF-8"));
    }
    if (params.containsKey("size") || params.containsKey("page")) {
      invalid.add(new InvalidParam(params.containsKey("size") ? "size" : "page",
          "is not an embed parameter: an embed shows its first 'max' programs"));
    }
    if (!invalid.isEmpty()) {
      throw ApiException.badParameters(invalid);
    }
    Map<String, List<String>> search = new LinkedHashMap<>();
    params.forEach((k, v) -> {
      if (!OWN.contains(k)) {
        search.put(k, v);
      }
    });
    search.put("size", List.of(String.valueOf(Math.min(max, SearchParameters.MAX_SIZE))));
    return new EmbedOptions(layout, theme, max, title, search);
  }

  private static <E extends Enum<E>> E choice(Map<String, List<String>> params, String name, Class<E> type,
      E otherwise, List<InvalidParam> invalid) {
    String value = single(params, name, invalid);
    if (value.isEmpty()) {
      return otherwise;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    List<String> keys = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      keys.add(constant.name().toLowerCase(Locale.ROOT));
    }
    invalid.add(new InvalidParam(name, "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value)
        + "' is not one of " + String.join(", ", keys)));
    return otherwise;
  }

  private static String single(Map<String, List<String>> params, String name, List<InvalidParam> invalid) {
    List<String> values = params.getOrDefault(name, List.of());
    if (values.size() > 1) {
      invalid.add(new InvalidParam(name, "is given more than once"));
    }
    return values.isEmpty() ? "" : values.get(0);
  }
}
