package org.openseason.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link UserQuery} into a Lucene query: each word or phrase is looked for in every text field, the best
 * field counting most, with name matches above interest matches above prose matches.
 */
final class QueryFactory {

  /** Field weights: the order people expect ("a name match beats a description match"). */
  static final Map<String, Float> FIELDS =
      Map.of(
          IndexFields.NAME, 6f,
          IndexFields.ALIASES, 6f,
          IndexFields.INTERESTS, 3f,
          IndexFields.ORGANIZER, 2f,
          IndexFields.KIND_TEXT, 2f,
          IndexFields.SUMMARY, 1.5f,
          IndexFields.IDEAS, 1f,
          IndexFields.DESCRIPTION, 1f);

  private final QueryBuilder builder;

  QueryFactory(Analyzer analyzer) {
    this.builder = new QueryBuilder(analyzer);
  }

  Query build(UserQuery query) {
    List<Query> terms = new ArrayList<>();
    for (String term : query.terms()) {
      Query q = anyField(term);
      if (q != null) {
        terms.add(q);
      }
    }
    BooleanQuery.Builder bool = new BooleanQuery.Builder();
    if (terms.isEmpty()) {
      bool.add(new MatchAllDocsQuery(), Occur.MUST);
    } else {
      terms.forEach(q -> bool.add(q, Occur.SHOULD));
      bool.setMinimumNumberShouldMatch(minimumToMatch(terms.size()));
    }
    for (String term : query.excluded()) {
      Query q = anyField(term);
      if (q != null) {
        bool.add(q, Occur.MUST_NOT);
      }
    }
    return bool.build();
  }

  /** One or two words: either may match. Longer queries: most of them must. */
  static int minimumToMatch(int terms) {
    return terms <= 2 ? 1 : (terms + 1) / 2;
  }

  /** The best-matching field of a word or phrase, or null when analysis leaves nothing (a stop word). */
  private Query anyField(String text) {
    List<Query> perField = new ArrayList<>();
    FIELDS.forEach(
        (field, weight) -> {
          Query q = builder.createPhraseQuery(field, text);
          if (q != null) {
            perField.add(new BoostQuery(q, weight));
          }
        });
    return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, 0.1f);
  }
}
