package org.openseason.index;

import static java.util.Objects.requireNonNull;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * One condition that rules a program out for a profile, over the fields of {@link EligibilityFields}. Each is
 * both a Lucene query ({@link #query()}, what {@link EligibilityQueries#filter} excludes) and a test of a program's
 * rule tokens and bounds held in memory ({@link #test}, what {@link KeptMatches} excludes): one definition, so the
 * two filters cannot drift apart.
 */
sealed interface EligibilityRule {

  /** A program's eligibility fields, as the index holds them. */
  interface Row {

    boolean has(String token);

    /** Whether the program has a value for a bound field ({@link EligibilityFields#BIRTH_LATEST}, ...). */
    boolean hasBound(String field);

    /** The value of a bound field the program has. */
    long bound(String field);
  }

  /** The programs this rule applies to. */
  Query query();

  /** Whether this rule applies to the program of {@code row}. */
  boolean test(Row row);

  /** The program has this rule token. */
  record Token(String token) implements EligibilityRule {

    public Token {
      requireNonNull(token, "token is null");
    }

    @Override
    public Query query() {
      return new TermQuery(new Term(EligibilityFields.RULE, token));
    }

    @Override
    public boolean test(Row row) {
      return row.has(token);
    }
  }

  /** The program has {@code token} but not {@code unless}: "only some countries", not this one. */
  record TokenUnless(String token, String unless) implements EligibilityRule {

    public TokenUnless {
      requireNonNull(token, "token is null");
      requireNonNull(unless, "unless is null");
    }

    @Override
    public Query query() {
      return new BooleanQuery.Builder()
          .add(new Token(token).query(), Occur.FILTER)
          .add(new Token(unless).query(), Occur.MUST_NOT)
          .build();
    }

    @Override
    public boolean test(Row row) {
      return row.has(token) && !row.has(unless);
    }
  }

  /**
   * The program's bound lies in {@code [min, max]}.
   *
   * @param ints whether the field is indexed as an {@link IntPoint} (else a {@link LongPoint})
   */
  record Within(String field, long min, long max, boolean ints) implements EligibilityRule {

    public Within {
      requireNonNull(field, "field is null");
    }

    static Within longs(String field, long min, long max) {
      return new Within(field, min, max, false);
    }

    static Within ints(String field, int min, int max) {
      return new Within(field, min, max, true);
    }

    @Override
    public Query query() {
      return ints
          ? IntPoint.newRangeQuery(field, (int) min, (int) max)
          : LongPoint.newRangeQuery(field, min, max);
    }

    @Override
    public boolean test(Row row) {
      if (!row.hasBound(field)) {
        return false;
      }
      long value = row.bound(field);
      return value >= min && value <= max;
    }
  }
}
