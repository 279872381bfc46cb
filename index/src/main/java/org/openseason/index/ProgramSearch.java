package org.openseason.index;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * One program search on one searcher: the query of a person's words with its fallbacks (every word, then enough
 * words, corrected words, then typo-tolerant matching), filters, drill-sideways facet counts, sorts, snippets and
 * the project ideas rolled up to the page.
 */
final class ProgramSearch {

  /** Programs, not their project ideas. */
  static final Query PROGRAMS = new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PROGRAM));

  private static final int FACET_VALUES = 200;
  /** Fewer results than this for every word, and programs that match only some words are shown too. */
  private static final int ENOUGH = 3;

  private final FacetsConfig facetsConfig;
  private final ProgramDocuments documents;
  private final QueryFactory queries;
  private final IdeaSearch ideas;
  private final SurfaceWords words;
  private final Analyzer analyzer;
  private final boolean keepMatches;
  private final KeptMatches kept = new KeptMatches();
  /**
   * The correction of the words asked ({@link #correct}) per searcher, when matches are kept: it depends on the
   * words and the index only, and its term look-ups cost more than a kept search's whole answer.
   */
  private final KeptAnswers<UserQuery, Optional<String>> corrections = new KeptAnswers<>(ResultCache.CAPACITY);
  private volatile ReaderState readerState;

  private record ReaderState(IndexReader reader, SortedSetDocValuesReaderState state, FacetOrdinals ordinals) {}

  ProgramSearch(
      FacetsConfig facetsConfig,
      ProgramDocuments documents,
      QueryFactory queries,
      IdeaSearch ideas,
      SurfaceWords words,
      Analyzer analyzer,
      boolean keepMatches) {
    this.facetsConfig = facetsConfig;
    this.documents = documents;
    this.queries = queries;
    this.ideas = ideas;
    this.words = words;
    this.analyzer = analyzer;
    this.keepMatches = keepMatches;
  }

  /**
   * Runs a search: first every word must match (any one, when the query says "or"); if that finds fewer than
   * three programs, enough of them. A word that no document contains
   * is replaced by the closest name the index knows ("showing results for"), since it could match nothing as typed;
   * when even that finds nothing, the words are matched within one or two edits: a typo still finds.
   */
  SearchResult search(IndexSearcher searcher, SearchRequest request) throws IOException {
    if (searcher.getIndexReader().numDocs() == 0) {
      return new SearchResult(0, List.of(), Map.of(), Optional.empty(), false);
    }
    UserQuery typed = UserQuery.parse(request.text());
    Optional<String> correction = keepMatches
        ? corrections.get(searcher.getIndexReader(), typed, () -> correct(searcher, typed))
        : correct(searcher, typed);
    UserQuery effective = correction.map(UserQuery::parse).orElse(typed);
    boolean corrected = correction.isPresent();
    SearchResult everyWord = run(searcher, request, effective, false, true, correction, corrected);
    if (everyWord.total() >= ENOUGH || typed.terms().isEmpty()) {
      return everyWord;
    }
    if (effective.terms().size() > 1 && !effective.anyTerm()) {
      SearchResult someWords = run(searcher, request, effective, false, false, correction, corrected);
      if (someWords.total() > everyWord.total()) {
        return someWords;
      }
    }
    List<String> alike = alike(searcher, effective, everyWord);
    if (!alike.isEmpty()) {
      SearchResult wider = run(searcher, request, effective, false, true, alike, correction, corrected);
      if (wider.total() > everyWord.total()) {
        return wider;
      }
    }
    if (everyWord.total() > 0) {
      return everyWord;
    }
    SearchResult fuzzy = run(searcher, request, typed, true, false, correction, true);
    return fuzzy.total() > 0 ? fuzzy : everyWord;
  }

  /** How many programs named by a query lend it their kinds; a name is rarely shared by more. */
  private static final int NAMED = 5;

  /**
   * When the words name programs ("gsoc" is Google Summer of Code's alias) that the filters left out, those
   * programs' kinds ("summer of code"): what to show after the few programs found (a student who cannot take part
   * in the named program is shown the other summers of code). Empty when no program is named, or every named one
   * was found.
   */
  private List<String> alike(IndexSearcher searcher, UserQuery query, SearchResult found) throws IOException {
    Optional<Query> named = queries.wholeNameOf(query);
    if (named.isEmpty() || query.anyTerm()) {
      return List.of();
    }
    Query programs = new BooleanQuery.Builder().add(named.get(), Occur.MUST).add(PROGRAMS, Occur.FILTER).build();
    List<String> kinds = new ArrayList<>();
    Set<String> shown = new java.util.HashSet<>();
    found.hits().forEach(h -> shown.add(h.slug()));
    for (ScoreDoc sd : searcher.search(programs, NAMED).scoreDocs) {
      Document doc = searcher.storedFields().document(sd.doc);
      String kind = doc.get(IndexFields.STORED_KIND).replace('-', ' ');
      if (isNamed(query, doc) && !shown.contains(doc.get(IndexFields.SLUG)) && !kinds.contains(kind)) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  /** Whether the words are the program's whole name or one of its aliases, as analyzed ("GSoC", "gsoc"). */
  private boolean isNamed(UserQuery query, Document doc) {
    List<String> words = queries.tokens(IndexFields.NAME, String.join(" ", query.terms()));
    List<String> names = new ArrayList<>(List.of(doc.getValues(IndexFields.STORED_ALIASES)));
    names.add(doc.get(IndexFields.NAME));
    return names.stream().anyMatch(n -> queries.tokens(IndexFields.NAME, n).equals(words));
  }

  /** The query with each word that no document contains replaced by the closest known name, if any was. */
  private Optional<String> correct(IndexSearcher searcher, UserQuery query) throws IOException {
    boolean changed = false;
    List<String> terms = new ArrayList<>();
    for (String term : query.terms()) {
      List<String> fixed = new ArrayList<>();
      for (String word : term.split("\\s+")) {
        Optional<String> closest = inNoDocument(searcher, word) ? words.closest(word) : Optional.empty();
        changed |= closest.isPresent();
        fixed.add(closest.orElse(word));
      }
      String joined = String.join(" ", fixed);
      terms.add(term.contains(" ") ? "\"" + joined + "\"" : joined);
    }
    StringBuilder corrected = new StringBuilder(String.join(query.anyTerm() ? " or " : " ", terms));
    query.excluded().forEach(e -> corrected.append(" -").append(e.contains(" ") ? "\"" + e + "\"" : e));
    return changed ? Optional.of(corrected.toString()) : Optional.empty();
  }

  private boolean inNoDocument(IndexSearcher searcher, String word) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    for (String field : QueryFactory.FIELDS.keySet()) {
      for (String token : queries.tokens(field, word)) {
        if (reader.docFreq(new Term(field, token)) > 0) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * One try at a search.
   *
   * @param fuzzy whether words also match within one or two edits
   * @param everyWord whether every word must match, or only enough of them
   */
  private SearchResult run(
      IndexSearcher searcher, SearchRequest request, UserQuery parsed, boolean fuzzy, boolean everyWord,
      Optional<String> didYouMean, boolean corrected) throws IOException {
    return run(searcher, request, parsed, fuzzy, everyWord, List.of(), didYouMean, corrected);
  }

  /**
   * One try at a search.
   *
   * @param alike kinds of program also to find, after the programs with the words
   */
  private SearchResult run(
      IndexSearcher searcher, SearchRequest request, UserQuery parsed, boolean fuzzy, boolean everyWord,
      List<String> alike, Optional<String> didYouMean, boolean corrected) throws IOException {
    // In the facets' order: kept matches record which selections each passes by position.
    List<Facet> selected = new ArrayList<>(request.filters().size());
    for (Facet facet : Facet.values()) {
      if (request.filters().containsKey(facet)) {
        selected.add(facet);
      }
    }
    // Without words there is no relevance to rank by: a person browsing wants what is open and what opens next.
    Sort sort = parsed.terms().isEmpty() && request.sort() == SortOrder.RELEVANCE ? SOONEST_FIRST : SORTS.get(request.sort());
    Optional<EligibilityFilter> filter = request.eligibility();
    LocalDate today = request.now().atZone(ZoneOffset.UTC).toLocalDate();
    if (filter.isPresent() && keepMatches) {
      KeptMatches.Key key =
          new KeptMatches.Key(parsed, fuzzy, everyWord, alike, request.filters(), request.programs(), sort);
      Optional<KeptMatches.Matches> matches = kept.get(searcher, key, readerStateOf(searcher).ordinals(),
          () -> queries(request, parsed, fuzzy, everyWord, alike, selected));
      if (matches.isPresent()) {
        KeptMatches.Page page = matches.get().page(EligibilityQueries.excluding(filter.get(), today), FACET_VALUES,
            request.offset(), request.limit(), (docs, scores) -> hits(searcher, parsed, docs, scores));
        return new SearchResult(page.total(), page.page(), page.facets(), didYouMean, corrected);
      }
    }
    KeptMatches.Search search = queries(request, parsed, fuzzy, everyWord, alike, selected);
    Query toVisit = filter.isEmpty()
        ? search.matching()
        : new BooleanQuery.Builder()
            .add(search.matching(), Occur.FILTER)
            .add(EligibilityQueries.filter(filter.get(), today), Occur.FILTER)
            .build();
    int window = Math.max(1, request.offset() + request.limit());
    SidewaysPass.Result pass = SidewaysPass.run(searcher, toVisit, search.ranked(), search.selections(), sort, window);
    TopDocs top = pass.top();
    int shown = Math.max(0, Math.min(request.limit(), top.scoreDocs.length - request.offset()));
    int[] docs = new int[shown];
    float[] scores = new float[shown];
    for (int i = 0; i < shown; i++) {
      ScoreDoc sd = top.scoreDocs[request.offset() + i];
      docs[i] = sd.doc;
      scores[i] = score((FieldDoc) sd, sort);
    }
    return new SearchResult(pass.total(), hits(searcher, parsed, docs, scores),
        facetCounts(searcher, pass.hits(), pass.sideways(), selected), didYouMean, corrected);
  }

  /** The queries of one try: what to visit (without the eligibility filter), how to rank it, the selections. */
  private KeptMatches.Search queries(
      SearchRequest request, UserQuery parsed, boolean fuzzy, boolean everyWord, List<String> alike,
      List<Facet> selected) {
    Query words =
        queries.orAlike(queries.build(parsed, fuzzy, QueryFactory.FIELDS, everyWord), parsed, alike, QueryFactory.FIELDS);
    // The same words over the one field holding every text field find the same programs at a fraction of the cost
    // (one posting list per word instead of one per word and field); typo matching is only on some fields.
    Query matchingWords = fuzzy
        ? words
        : queries.orAlike(
            queries.build(parsed, false, QueryFactory.ALL_FIELDS, everyWord), parsed, alike, QueryFactory.ALL_FIELDS);
    BooleanQuery.Builder toVisit = new BooleanQuery.Builder()
        .add(matchingWords, Occur.FILTER)
        .add(PROGRAMS, Occur.FILTER);
    if (!request.programs().isEmpty()) {
      toVisit.add(new org.apache.lucene.search.TermInSetQuery(IndexFields.SLUG,
          request.programs().stream().sorted().map(org.apache.lucene.util.BytesRef::new).toList()), Occur.FILTER);
    }
    Query ranked =
        FunctionScoreQuery.boostByValue(
            FunctionScoreQuery.boostByValue(words, DoubleValuesSource.fromFloatField(IndexFields.RANK_BOOST)),
            DoubleValuesSource.fromFloatField(IndexFields.PROMINENCE_BOOST));
    List<Query> selections = new ArrayList<>();
    for (Facet facet : selected) {
      selections.add(selection(facet, request.filters().get(facet)));
    }
    return new KeptMatches.Search(toVisit.build(), ranked, selected, selections);
  }

  /** The hits of the documents, in the order given: stored fields, snippets and the project ideas rolled up. */
  private List<ProgramHit> hits(IndexSearcher searcher, UserQuery parsed, int[] docs, float[] scores)
      throws IOException {
    List<ProgramHit> hits = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      hits.add(documents.toHit(searcher.storedFields().document(docs[i]), scores[i]));
    }
    if (!parsed.terms().isEmpty()) {
      Query highlighted = queries.anyWord(parsed, Snippets.QUERY_FIELDS);
      List<Optional<String>> snippets = Snippets.of(searcher, analyzer, highlighted, docs);
      for (int i = 0; i < hits.size(); i++) {
        hits.set(i, hits.get(i).withSnippet(snippets.get(i)));
      }
    }
    List<IdeaSearch.Page> page = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      page.add(new IdeaSearch.Page(docs[i], hits.get(i)));
    }
    Map<String, ProgramHit.MatchingIdeas> matching = ideas.rollUp(searcher, parsed, page);
    hits.replaceAll(h -> h.withIdeas(matching.getOrDefault(h.slug(), ProgramHit.MatchingIdeas.NONE)));
    return hits;
  }

  /** The documents with any of the values of a facet. */
  private Query selection(Facet facet, Set<String> values) {
    String field = facetsConfig.getDimConfig(facet.key()).indexFieldName;
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    values.forEach(v -> any.add(new TermQuery(DrillDownQuery.term(field, facet.key(), v)), Occur.SHOULD));
    return new ConstantScoreQuery(any.build());
  }

  /** The relevance score of a hit, which every sort holds as one of its values. */
  static float score(FieldDoc hit, Sort sort) {
    SortField[] fields = sort.getSort();
    for (int i = 0; i < fields.length; i++) {
      if (fields[i].getType() == SortField.Type.SCORE) {
        return (Float) hit.fields[i];
      }
    }
    return 0f;
  }

  private static final Sort SOONEST_FIRST = new Sort(
      new SortField(IndexFields.SOONEST, SortField.Type.LONG), SortField.FIELD_SCORE,
      new SortField(IndexFields.NAME_SORT, SortField.Type.STRING));

  /** Built once: a search's sort is part of the key its matches are kept under, compared on every request. */
  private static final Map<SortOrder, Sort> SORTS = sorts();

  private static Map<SortOrder, Sort> sorts() {
    Map<SortOrder, Sort> sorts = new EnumMap<>(SortOrder.class);
    for (SortOrder order : SortOrder.values()) {
      sorts.put(order, sort(order));
    }
    return sorts;
  }

  private static Sort sort(SortOrder order) {
    SortField byName = new SortField(IndexFields.NAME_SORT, SortField.Type.STRING);
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, byName);
      case DEADLINE -> {
        SortField deadline = new SortField(IndexFields.DEADLINE, SortField.Type.LONG);
        deadline.setMissingValue(Long.MAX_VALUE);
        yield new Sort(deadline, SortField.FIELD_SCORE, byName);
      }
      case NEWEST -> new Sort(new SortField(IndexFields.NEWEST, SortField.Type.LONG, true), SortField.FIELD_SCORE, byName);
      case STIPEND -> {
        SortField stipend = new SortField(IndexFields.STIPEND_USD, SortField.Type.LONG, true);
        stipend.setMissingValue(Long.MIN_VALUE);
        yield new Sort(stipend, SortField.FIELD_SCORE, byName);
      }
    };
  }

  /**
   * Per facet, its values among the hits; for a selected facet, among the documents that pass every other
   * selection.
   */
  private Map<Facet, List<FacetCount>> facetCounts(
      IndexSearcher searcher, FacetsCollector hits, List<FacetsCollector> sideways, List<Facet> selected)
      throws IOException {
    SortedSetDocValuesReaderState state = readerState(searcher);
    Facets ofHits = new SortedSetDocValuesFacetCounts(state, hits);
    Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      int i = selected.indexOf(facet);
      Facets facets = i < 0 ? ofHits : new SortedSetDocValuesFacetCounts(state, sideways.get(i));
      FacetResult result;
      try {
        result = facets.getTopChildren(FACET_VALUES, facet.key());
      } catch (IllegalArgumentException noSuchDimension) {
        result = null;
      }
      List<FacetCount> values = new ArrayList<>();
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          values.add(new FacetCount(lv.label, lv.value.intValue()));
        }
      }
      counts.put(facet, values);
    }
    return counts;
  }

  private SortedSetDocValuesReaderState readerState(IndexSearcher searcher) throws IOException {
    return readerStateOf(searcher).state();
  }

  private ReaderState readerStateOf(IndexSearcher searcher) throws IOException {
    ReaderState current = readerState;
    IndexReader reader = searcher.getIndexReader();
    if (current == null || current.reader() != reader) {
      SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
      current = new ReaderState(reader, state, new FacetOrdinals(state));
      readerState = current;
    }
    return current;
  }
}
