package org.openseason.crawler.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A text split into words, numbers and single punctuation marks, remembering where each came from, with the
 * small look-ups the date and time parsers share. Asterisks and underscores (Markdown emphasis) are skipped, except
 * an underscore inside a word ("New_York").
 */
final class DateTokens {

  enum Type { WORD, NUMBER, MARK }

  record Token(Type type, String text, int start, int end) {
    boolean is(String word) {
      return text.equalsIgnoreCase(word);
    }
  }

  /** A parsed value and the index of the first token after it. */
  record At<T>(T value, int next) {}

  private static final Set<String> ORDINALS = Set.of("st", "nd", "rd", "th");

  private final List<Token> tokens = new ArrayList<>();

  DateTokens(String text) {
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int start = i;
      if (Character.isWhitespace(c) || c == '*' || c == '_') {
        i++;
      } else if (c >= '0' && c <= '9') {
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
        tokens.add(new Token(Type.NUMBER, text.substring(start, i), start, i));
      } else if (Character.isLetter(c)) {
        while (i < text.length() && (Character.isLetter(text.charAt(i))
            || (text.charAt(i) == '_' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))))) {
          i++;
        }
        tokens.add(new Token(Type.WORD, text.substring(start, i), start, i));
      } else {
        tokens.add(new Token(Type.MARK, String.valueOf(c), start, i + 1));
        i++;
      }
    }
  }

  int size() {
    return tokens.size();
  }

  Token get(int i) {
    return tokens.get(i);
  }

  boolean isWord(int i) {
    return i < tokens.size() && tokens.get(i).type() == Type.WORD;
  }

  boolean isNumber(int i) {
    return i < tokens.size() && tokens.get(i).type() == Type.NUMBER;
  }

  boolean is(int i, String word) {
    return i < tokens.size() && tokens.get(i).is(word);
  }

  boolean mark(int i, String mark) {
    return i < tokens.size() && tokens.get(i).type() == Type.MARK && tokens.get(i).text().equals(mark);
  }

  boolean digits(int i, int count) {
    return isNumber(i) && tokens.get(i).text().length() == count;
  }

  Optional<Integer> month(int i) {
    return isWord(i) ? Months.month(tokens.get(i).text()) : Optional.empty();
  }

  Optional<Integer> day(int i) {
    if (!isNumber(i) || tokens.get(i).text().length() > 2) {
      return Optional.empty();
    }
    int day = Integer.parseInt(tokens.get(i).text());
    return day >= 1 && day <= 31 ? Optional.of(day) : Optional.empty();
  }

  Optional<Integer> year(int i) {
    if (!digits(i, 4)) {
      return Optional.empty();
    }
    int year = Integer.parseInt(tokens.get(i).text());
    return year >= 1990 && year <= 2100 ? Optional.of(year) : Optional.empty();
  }

  int skipOrdinal(int i) {
    return isWord(i) && ORDINALS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT)) ? i + 1 : i;
  }
}
