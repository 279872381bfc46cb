package org.openseason.index;

import java.util.ArrayList;
import java.util.List;

/**
 * What a person typed, split into words, "quoted phrases" and -excluded words or phrases, and whether they asked
 * for any of the words ("rust or compilers") rather than all of them. Nothing else has a meaning: brackets,
 * colons, stars, tildes and the rest are ordinary text, so no input can fail to parse.
 *
 * @param terms words and phrases to look for
 * @param excluded words and phrases that must not appear
 * @param anyTerm whether a program matching any one of the terms is as much an answer as one matching all: the
 *     query had "or" between two of its terms
 */
public record UserQuery(List<String> terms, List<String> excluded, boolean anyTerm) {

  /** More terms than this add nothing to ranking and only cost time; the rest are ignored. */
  public static final int MAX_TERMS = 32;

  public UserQuery {
    terms = List.copyOf(terms);
    excluded = List.copyOf(excluded);
  }

  public boolean isEmpty() {
    return terms.isEmpty() && excluded.isEmpty();
  }

  public static UserQuery parse(String text) {
    List<String> terms = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    boolean anyTerm = false;
    boolean orPending = false;
    int i = 0;
    int n = text.length();
    while (i < n && terms.size() + excluded.size() < MAX_TERMS) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        i++;
        continue;
      }
      if (c == '-' && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)))) {
        i++;
        continue;
      }
      boolean negative = c == '-';
      if (negative) {
        i++;
      }
      String token;
      boolean quoted = text.charAt(i) == '"';
      if (quoted) {
        int close = text.indexOf('"', i + 1);
        int end = close < 0 ? n : close;
        token = text.substring(i + 1, end);
        i = close < 0 ? n : close + 1;
      } else {
        int start = i;
        while (i < n && !Character.isWhitespace(text.charAt(i)) && !Character.isISOControl(text.charAt(i))) {
          i++;
        }
        token = text.substring(start, i);
      }
      token = token.strip();
      if (token.isEmpty()) {
        continue;
      }
      if (!quoted && !negative && token.equalsIgnoreCase("or") && !terms.isEmpty() && !orPending) {
        // "or" after a word joins it to the next word (exclusions in between aside); if none follows, it was a word.
        orPending = true;
        continue;
      }
      if (negative) {
        excluded.add(token);
      } else {
        anyTerm |= orPending;
        orPending = false;
        terms.add(token);
      }
    }
    if (orPending && terms.size() < MAX_TERMS) {
      terms.add("or");
    }
    return new UserQuery(terms, excluded, anyTerm);
  }
}
