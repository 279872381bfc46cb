package org.openseason.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.openseason.domain.Interest;
import org.openseason.domain.InterestVocabulary;

/**
 * Turns a {@link UserQuery} into a Lucene query: each word or phrase is looked for in every text field, the best
 * field counting most, with name matches above interest matches above prose matches.
 *
 * <p>Synonyms come from the reviewed interest vocabulary ({@code catalog/interests.yaml}): a word that names an
 * interest by its key, label or an alias ("k8s", "js", "ml", "docs") is also looked for as the interest's other
 * names. Two words that together name an interest ("cloud native") count as one phrase.
 */
final class QueryFactory {

  /**
   * Field weights: the order people expect ("a name match beats a description match"). Traits (kind, pay, way of
   * working, audiences) come from structured facts, so a match there is nearly as strong as a name match, and
   * stronger than prose that may say "no stipend".
   */
  static final Map<String, Float> FIELDS =
      Map.of(
          IndexFields.NAME, 6f,
          IndexFields.ALIASES, 6f,
          IndexFields.PRIMARY_INTERESTS, 4.5f,
          IndexFields.INTERESTS, 3f,
          IndexFields.ORGANIZER, 2f,
          IndexFields.TRAITS, 5f,
          IndexFields.SUMMARY, 1.5f,
          IndexFields.IDEAS, 1f,
          IndexFields.DESCRIPTION, 1f);

  /** The one field that finds what {@link #FIELDS} find; see {@link IndexFields#ALL}. */
  static final Map<String, Float> ALL_FIELDS = Map.of(IndexFields.ALL, 1f);

  /** The fields a misspelt word is corrected against: the short, name-like ones. */
  private static final List<String> FUZZY_FIELDS =
      List.of(IndexFields.NAME, IndexFields.ALIASES, IndexFields.INTERESTS, IndexFields.ORGANIZER);

  /** Typo matching is costly on large indexes: only the first words of a query get it. */
  private static final int MAX_FUZZY_TERMS = 6;

  private static final float SYNONYM_WEIGHT = 0.9f;
  private static final float NAME_PHRASE_WEIGHT = 8f;
  private static final float FUZZY_WEIGHT = 0.5f;
  /** Added, when only some words must match, to the programs that have all of them: more than words ever score. */
  static final float EVERY_WORD_BONUS = 1000f;

  /**
   * Words a trait answers yes or no, and the trait that says no: a program whose traits say "unpaid" does not
   * match "paid" through its prose ("interns are not paid").
   */
  private static final Map<String, String> CONTRADICTED_BY =
      Map.of("paid", "unpaid", "stipend", "unpaid", "funded", "unpaid");

  private final Analyzer analyzer;
  private final QueryBuilder builder;
  private final InterestVocabulary vocabulary;

  QueryFactory(Analyzer analyzer, InterestVocabulary vocabulary) {
    this.analyzer = analyzer;
    this.builder = new QueryBuilder(analyzer);
    this.vocabulary = vocabulary;
  }

  /**
   * Builds the query.
   *
   * @param fuzzy also match words within one or two edits of the query's, for the typo fallback
   */
  Query build(UserQuery query, boolean fuzzy) {
    return build(query, fuzzy, FIELDS, false);
  }

  /**
   * Builds the query over given fields and weights (those of programs, or of project ideas).
   *
   * @param everyWord whether every word must match (the first try) or only enough of them (the relaxed one);
   *     when the query asked for any of its words, one is enough either way
   */
  Query build(UserQuery query, boolean fuzzy, Map<String, Float> fields, boolean everyWord) {
    List<Query> terms = new ArrayList<>();
    for (String term : joinInterestPhrases(query.terms())) {
      Query q = anyField(term, fuzzy && terms.size() < MAX_FUZZY_TERMS, fields);
      if (q != null) {
        terms.add(q);
      }
    }
    BooleanQuery.Builder bool = new BooleanQuery.Builder();
    if (terms.isEmpty()) {
      bool.add(new MatchAllDocsQuery(), Occur.MUST);
    } else {
      terms.forEach(q -> bool.add(q, Occur.SHOULD));
      bool.setMinimumNumberShouldMatch(
          query.anyTerm() ? 1 : everyWord ? terms.size() : minimumToMatch(terms.size()));
      if (fields == FIELDS && query.terms().size() > 1) {
        wholeName(String.join(" ", query.terms())).ifPresent(q -> bool.add(q, Occur.SHOULD));
      }
      if (fields == FIELDS && !everyWord && !query.anyTerm() && terms.size() > 1) {
        // Relaxed, the programs that still have every word are the best answers: a bonus above any partial match.
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        terms.forEach(q -> all.add(q, Occur.FILTER));
        bool.add(new BoostQuery(new ConstantScoreQuery(all.build()), EVERY_WORD_BONUS), Occur.SHOULD);
      }
    }
    for (String term : query.excluded()) {
      Query q = anyField(term, false, fields);
      if (q != null) {
        bool.add(q, Occur.MUST_NOT);
      }
    }
    return bool.build();
  }

  /**
   * Any of the words or phrases over the given fields, without exclusions: what to highlight in a document that
   * already matched the whole query, wherever its words were found.
   */
  Query anyWord(UserQuery query, Map<String, Float> fields) {
    BooleanQuery.Builder bool = new BooleanQuery.Builder();
    for (String term : joinInterestPhrases(query.terms())) {
      Query q = anyField(term, false, fields);
      if (q != null) {
        bool.add(q, Occur.SHOULD);
      }
    }
    return bool.build();
  }

  /**
   * The programs of a query, first, or the programs of any of the given kinds of program ("summer of code"), after
   * them: the query's matches get a bonus above what the kinds' words score. The query's exclusions still hold.
   */
  Query orAlike(Query words, UserQuery query, List<String> kinds, Map<String, Float> fields) {
    if (kinds.isEmpty()) {
      return words;
    }
    BooleanQuery.Builder bool = new BooleanQuery.Builder()
        .add(words, Occur.SHOULD)
        .add(new BoostQuery(new ConstantScoreQuery(words), EVERY_WORD_BONUS), Occur.SHOULD);
    for (String kind : kinds) {
      Query q = anyField(kind, false, fields);
      if (q != null) {
        bool.add(q, Occur.SHOULD);
      }
    }
    for (String term : query.excluded()) {
      Query q = anyField(term, false, fields);
      if (q != null) {
        bool.add(q, Occur.MUST_NOT);
      }
    }
    return bool.setMinimumNumberShouldMatch(1).build();
  }

  /** All the words of a query in a program's name or alias, in order; empty for a query without words. */
  java.util.Optional<Query> wholeNameOf(UserQuery query) {
    return query.terms().isEmpty() ? java.util.Optional.empty() : wholeName(String.join(" ", query.terms()));
  }

  /** All the words in a program's name or alias, in order: "season of docs" is a name, not three words. */
  private java.util.Optional<Query> wholeName(String text) {
    List<Query> phrases = new ArrayList<>();
    for (String field : List.of(IndexFields.NAME, IndexFields.ALIASES)) {
      Query q = builder.createPhraseQuery(field, text);
      if (q != null) {
        phrases.add(new BoostQuery(q, NAME_PHRASE_WEIGHT));
      }
    }
    return phrases.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new DisjunctionMaxQuery(phrases, 0f));
  }

  /** Relaxed: one or two words, either may match; longer queries, half of them must. */
  static int minimumToMatch(int terms) {
    return terms <= 2 ? 1 : (terms + 1) / 2;
  }

  /** "cloud native" typed as two words is the interest Cloud native: one phrase. */
  private List<String> joinInterestPhrases(List<String> terms) {
    List<String> joined = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      if (i + 1 < terms.size() && vocabulary.resolve(terms.get(i) + " " + terms.get(i + 1)).isPresent()) {
        joined.add(terms.get(i) + " " + terms.get(i + 1));
        i++;
      } else {
        joined.add(terms.get(i));
      }
    }
    return joined;
  }

  /** The word itself and, when it names an interest, the interest's other names. */
  private Set<String> forms(String text) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(text);
    vocabulary.resolve(text).ifPresent((Interest i) -> {
      forms.add(i.label());
      forms.add(i.key().replace('-', ' '));
      forms.addAll(i.aliases());
    });
    return forms;
  }

  /** The best-matching field of a word or phrase, or null when analysis leaves nothing (a stop word). */
  private Query anyField(String text, boolean fuzzy, Map<String, Float> fields) {
    List<Query> perField = new ArrayList<>();
    Set<String> forms = forms(text);
    Query contradiction = contradiction(text);
    fields.forEach(
        (field, weight) -> {
          for (String form : forms) {
            Query q = builder.createPhraseQuery(field, form);
            if (q != null) {
              if (field.equals(IndexFields.TRAITS)) {
                // A trait is a yes-or-no fact: how rare the word is among programs says nothing of the match.
                q = new ConstantScoreQuery(q);
              } else if (contradiction != null) {
                q = new BooleanQuery.Builder().add(q, Occur.MUST).add(contradiction, Occur.MUST_NOT).build();
              }
              perField.add(new BoostQuery(q, form.equals(text) ? weight : weight * SYNONYM_WEIGHT));
            }
          }
        });
    if (fuzzy && fields == FIELDS) {
      List<String> tokens = tokens(IndexFields.NAME, text);
      if (tokens.size() == 1 && tokens.get(0).length() >= 4) {
        String token = tokens.get(0);
        int edits = token.length() >= 8 ? 2 : 1;
        for (String field : FUZZY_FIELDS) {
          perField.add(new BoostQuery(
              new FuzzyQuery(new Term(field, token), edits, 1), FIELDS.get(field) * FUZZY_WEIGHT));
        }
      }
    }
    return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, 0.1f);
  }

  /** The trait that says the opposite of a word ("unpaid" of "paid"), or null. */
  private Query contradiction(String text) {
    String opposite = CONTRADICTED_BY.get(text.toLowerCase(java.util.Locale.ROOT));
    if (opposite == null) {
      return null;
    }
    List<String> tokens = tokens(IndexFields.TRAITS, opposite);
    return tokens.size() == 1 ? new org.apache.lucene.search.TermQuery(new Term(IndexFields.TRAITS, tokens.get(0))) : null;
  }

  /** The terms the analyzer makes of a text, as they are indexed. */
  List<String> tokens(String field, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
