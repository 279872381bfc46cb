package org.openseason.index;

import static java.util.Objects.requireNonNull;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.FixedBitSet;

/**
 * One condition that rules a program out for a profile, over the fields of {@link EligibilityFields}. Each is
 * both a Lucene query ({@link #query()}, what {@link EligibilityQueries#filter} excludes) and the same query over
 * the rule tokens and bounds of a set of programs held in memory ({@link #addTo}, what {@link KeptMatches}
 * excludes): one definition, each of the two written as the other, so the two filters cannot drift apart.
 */
sealed interface EligibilityRule {

  /**
   * The eligibility fields of a set of programs held in memory by column, program {@code i} being bit {@code i}
   * of a set: what a rule is run against as a few operations on whole sets instead of a test per program.
   */
  interface Columns {

    /** A set of none of the programs. */
    FixedBitSet none();

    /** Adds to {@code set} the programs that have the rule token. */
    void addHaving(String token, FixedBitSet set);

    /** Removes from {@code set} the programs that have the rule token. */
    void removeHaving(String token, FixedBitSet set);

    /**
     * Adds to {@code set} the programs that have a value for a bound field ({@link EligibilityFields#BIRTH_LATEST},
     * ...) within {@code [min, max]}.
     */
    void addWithin(String field, long min, long max, FixedBitSet set);
  }

  /** The programs this rule applies to. */
  Query query();

  /** Adds to {@code set} the programs of {@code columns} this rule applies to: those {@link #query()} matches. */
  void addTo(Columns columns, FixedBitSet set);

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
    public void addTo(Columns columns, FixedBitSet set) {
      columns.addHaving(token, set);
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
    public void addTo(Columns columns, FixedBitSet set) {
      FixedBitSet some = columns.none();
      columns.addHaving(token, some);
      columns.removeHaving(unless, some);
      set.or(some);
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
    public void addTo(Columns columns, FixedBitSet set) {
      columns.addWithin(field, min, max, set);
    }
  }
}
