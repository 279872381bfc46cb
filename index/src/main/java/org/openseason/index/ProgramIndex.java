package org.openseason.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.openseason.domain.InterestVocabulary;
import org.openseason.domain.Program;

/**
 * The search index of programs. The database is the source of truth: the index is rebuilt from it at start and
 * kept in step by {@link #upsert} and {@link #delete}; every write is searchable when the method returns.
 *
 * <p>Thread-safe. Searchers are shared through a {@link SearcherManager}; close the index once, at shutdown.
 */
public final class ProgramIndex implements AutoCloseable {

  private static final int FACET_VALUES = 200;
  /** Fewer results than this for every word, and programs that match only some words are shown too. */
  private static final int ENOUGH = 3;

  private final Directory directory;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final FacetsConfig facetsConfig = ProgramDocuments.facetsConfig();
  private final ProgramDocuments documents;
  private static final Query PROGRAMS = new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PROGRAM));

  private final QueryFactory queries;
  private final IdeaSearch ideas;
  private final SurfaceWords words = new SurfaceWords();
  private final Suggestions suggestions = new Suggestions();
  /** For each program, the programs that run on it: their count is its prominence. */
  private final Map<String, Set<String>> runOnBy = new java.util.concurrent.ConcurrentHashMap<>();
  /** The prominence each program's document holds, to update it when programs that run on it come and go. */
  private final Map<String, Integer> indexedProminence = new java.util.concurrent.ConcurrentHashMap<>();
  private final InterestVocabulary vocabulary;
  private volatile ReaderState readerState;

  private record ReaderState(IndexReader reader, SortedSetDocValuesReaderState state) {}

  private ProgramIndex(Directory directory, InterestVocabulary vocabulary) throws IOException {
    this.directory = directory;
    this.documents = new ProgramDocuments(facetsConfig, vocabulary);
    this.queries = new QueryFactory(analyzer, vocabulary);
    this.ideas = new IdeaSearch(queries, documents);
    this.vocabulary = vocabulary;
    vocabulary.all().forEach(i -> {
      words.add(i.label());
      i.aliases().forEach(words::add);
      suggestions.add(new Suggestion(i.label(), Suggestion.Kind.INTEREST, i.key()));
    });
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, null);
  }

  /** Opens (or creates) an index in a folder. */
  public static ProgramIndex open(Path folder, InterestVocabulary vocabulary) {
    try {
      return new ProgramIndex(FSDirectory.open(folder), vocabulary);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index at " + folder, e);
    }
  }

  /** An index that lives in memory only, for tests and benchmarks. */
  public static ProgramIndex inMemory(InterestVocabulary vocabulary) {
    try {
      return new ProgramIndex(new ByteBuffersDirectory(), vocabulary);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces the whole index with {@code programs}, their status computed at {@code now}. */
  public void rebuild(Collection<Program> programs, Instant now) {
    rebuild(consumer -> consumer.accept(List.copyOf(programs)), now);
  }

  /**
   * Replaces the whole index with the programs a source hands over in batches, so that a large database is
   * indexed without holding it in memory. Searches see the old index until the new one is complete.
   *
   * @param source calls its argument with each batch of programs
   */
  public void rebuild(java.util.function.Consumer<java.util.function.Consumer<List<Program>>> source, Instant now) {
    try {
      writer.deleteAll();
      suggestions.clear();
      runOnBy.clear();
      vocabulary.all().forEach(i -> suggestions.add(new Suggestion(i.label(), Suggestion.Kind.INTEREST, i.key())));
      indexedProminence.clear();
      source.accept(batch -> {
        batch.forEach(this::noteRunsOn);
        for (Program program : batch) {
          try {
            writer.addDocuments(documents.toDocuments(program, now, prominence(program)));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          learnWords(program);
        }
      });
      updateProminence();
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Programs indexed before the programs that run on them learned of those only later: their prominence is
   * updated in place, without re-indexing them.
   */
  private void updateProminence() throws IOException {
    for (String platform : runOnBy.keySet()) {
      int now = runOnBy.get(platform).size();
      Integer indexed = indexedProminence.get(platform);
      if (indexed != null && indexed != now) {
        writer.updateNumericDocValue(new Term(IndexFields.SLUG, platform), IndexFields.PROMINENCE_BOOST,
            Float.floatToRawIntBits(ProgramDocuments.prominenceBoost(now)));
        indexedProminence.put(platform, now);
      }
    }
  }

  /** Adds or replaces one program. */
  public void upsert(Program program, Instant now) {
    update(List.of(program), List.of(), now);
  }

  public void delete(String slug) {
    try {
      writer.deleteDocuments(new Term(IndexFields.OWNER, slug));
      suggestions.removeProgram(slug);
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Adds or replaces {@code programs} and removes {@code deleted}, made searchable together with one refresh.
   *
   * @param now the instant their statuses are computed at
   */
  public void update(Collection<Program> programs, Collection<String> deleted, Instant now) {
    try {
      programs.forEach(this::noteRunsOn);
      for (Program program : programs) {
        writer.updateDocuments(
            new Term(IndexFields.OWNER, program.slug()), documents.toDocuments(program, now, prominence(program)));
        learnWords(program);
      }
      for (String slug : deleted) {
        writer.deleteDocuments(new Term(IndexFields.OWNER, slug));
        suggestions.removeProgram(slug);
        runOnBy.values().forEach(set -> set.remove(slug));
        indexedProminence.remove(slug);
      }
      updateProminence();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void noteRunsOn(Program program) {
    runOnBy.values().forEach(set -> set.remove(program.slug()));
    program.runsOn().forEach(
        platform -> runOnBy.computeIfAbsent(platform, k -> java.util.concurrent.ConcurrentHashMap.newKeySet())
            .add(program.slug()));
  }

  private int prominence(Program program) {
    int prominence = runOnBy.getOrDefault(program.slug(), Set.of()).size();
    indexedProminence.put(program.slug(), prominence);
    return prominence;
  }

  private void learnWords(Program program) {
    words.add(program.name());
    program.aliases().forEach(words::add);
    words.add(program.organizer());
    suggestions.putProgram(program.slug(), program.name(), program.organizer());
  }

  /** Completions of what a person is typing: program names, interests, organizers. */
  public List<Suggestion> suggest(String prefix, int limit) {
    return suggestions.complete(prefix, limit);
  }

  /** Slugs of the programs whose status may have changed since they were indexed, as of {@code now}. */
  public List<String> staleAt(Instant now) {
    return withSearcher(
        searcher -> {
          Query stale = LongPoint.newRangeQuery(IndexFields.VALID_UNTIL, Long.MIN_VALUE, now.getEpochSecond());
          TopDocs top = searcher.search(stale, Math.max(1, searcher.getIndexReader().numDocs()));
          List<String> slugs = new ArrayList<>();
          for (ScoreDoc sd : top.scoreDocs) {
            slugs.add(searcher.storedFields().document(sd.doc, Set.of(IndexFields.SLUG)).get(IndexFields.SLUG));
          }
          return slugs;
        });
  }

  public int size() {
    return withSearcher(searcher -> searcher.count(PROGRAMS));
  }

  /** The name of a program by its slug, read from the index. */
  public Optional<String> name(String slug) {
    return withSearcher(
        searcher -> {
          TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.SLUG, slug)), 1);
          if (top.scoreDocs.length == 0) {
            return Optional.<String>empty();
          }
          return Optional.ofNullable(
              searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(IndexFields.NAME)).get(IndexFields.NAME));
        });
  }

  public boolean contains(String slug) {
    return withSearcher(searcher -> searcher.count(new TermQuery(new Term(IndexFields.SLUG, slug))) > 0);
  }

  public SearchResult search(SearchRequest request) {
    return withSearcher(searcher -> search(searcher, request));
  }

  /**
   * Runs a search: first every word must match; if that finds fewer than three programs, enough of them. A word that no document contains
   * is replaced by the closest name the index knows ("showing results for"), since it could match nothing as typed;
   * when even that finds nothing, the words are matched within one or two edits: a typo still finds.
   */
  private SearchResult search(IndexSearcher searcher, SearchRequest request) throws IOException {
    if (searcher.getIndexReader().numDocs() == 0) {
      return new SearchResult(0, List.of(), Map.of(), Optional.empty(), false);
    }
    UserQuery typed = UserQuery.parse(request.text());
    Optional<String> correction = correct(searcher, typed);
    UserQuery effective = correction.map(UserQuery::parse).orElse(typed);
    boolean corrected = correction.isPresent();
    SearchResult everyWord = run(searcher, request, effective, false, true, correction, corrected);
    if (everyWord.total() >= ENOUGH || typed.terms().isEmpty()) {
      return everyWord;
    }
    if (effective.terms().size() > 1) {
      SearchResult someWords = run(searcher, request, effective, false, false, correction, corrected);
      if (someWords.total() > everyWord.total()) {
        return someWords;
      }
    }
    if (everyWord.total() > 0) {
      return everyWord;
    }
    SearchResult fuzzy = run(searcher, request, typed, true, false, correction, true);
    return fuzzy.total() > 0 ? fuzzy : everyWord;
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
    query.excluded().forEach(e -> terms.add("-" + (e.contains(" ") ? "\"" + e + "\"" : e)));
    return changed ? Optional.of(String.join(" ", terms)) : Optional.empty();
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
    Query words = queries.build(parsed, fuzzy, QueryFactory.FIELDS, everyWord);
    BooleanQuery.Builder filtered = new BooleanQuery.Builder()
        .add(words, Occur.MUST)
        .add(PROGRAMS, Occur.FILTER);
    if (request.eligibility().isPresent()) {
      LocalDate today = request.now().atZone(ZoneOffset.UTC).toLocalDate();
      filtered.add(EligibilityQueries.filter(request.eligibility().get(), today), Occur.FILTER);
    }
    Query text = filtered.build();
    Query ranked =
        FunctionScoreQuery.boostByValue(
            FunctionScoreQuery.boostByValue(text, DoubleValuesSource.fromFloatField(IndexFields.RANK_BOOST)),
            DoubleValuesSource.fromFloatField(IndexFields.PROMINENCE_BOOST));
    DrillDownQuery drillDown = new DrillDownQuery(facetsConfig, ranked);
    request.filters().forEach((facet, values) -> values.forEach(v -> drillDown.add(facet.key(), v)));

    DrillSideways sideways = new DrillSideways(searcher, facetsConfig, readerState(searcher));
    int window = Math.max(1, request.offset() + request.limit());
    DrillSideways.DrillSidewaysResult result =
        sideways.search(drillDown, null, null, window, sort(request.sort()), true);
    TopDocs top = result.hits;

    List<ProgramHit> hits = new ArrayList<>();
    List<Integer> docIds = new ArrayList<>();
    for (int i = request.offset(); i < top.scoreDocs.length && hits.size() < request.limit(); i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Document doc = searcher.storedFields().document(sd.doc);
      hits.add(documents.toHit(doc, Float.isNaN(sd.score) ? 0f : sd.score));
      docIds.add(sd.doc);
    }
    if (!parsed.terms().isEmpty()) {
      List<Optional<String>> snippets =
          Snippets.of(searcher, analyzer, words, docIds.stream().mapToInt(Integer::intValue).toArray());
      for (int i = 0; i < hits.size(); i++) {
        hits.set(i, hits.get(i).withSnippet(snippets.get(i)));
      }
    }
    Map<String, ProgramHit.MatchingIdeas> matching =
        ideas.rollUp(searcher, parsed, hits.stream().map(ProgramHit::slug).toList());
    hits.replaceAll(h -> h.withIdeas(matching.getOrDefault(h.slug(), ProgramHit.MatchingIdeas.NONE)));
    return new SearchResult(top.totalHits.value, hits, facetCounts(result.facets), didYouMean, corrected);
  }

  /**
   * Searches project ideas directly.
   *
   * @param text words, "phrases" and -exclusions
   * @param programs only the ideas of these programs, when any are given
   */
  public IdeaResult searchIdeas(String text, Collection<String> programs, int offset, int limit) {
    return withSearcher(searcher -> ideas.search(searcher, text, programs, offset, limit));
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

  private static Map<Facet, List<FacetCount>> facetCounts(Facets facets) throws IOException {
    Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
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
    ReaderState current = readerState;
    IndexReader reader = searcher.getIndexReader();
    if (current == null || current.reader() != reader) {
      current = new ReaderState(reader, new DefaultSortedSetDocValuesReaderState(reader, facetsConfig));
      readerState = current;
    }
    return current.state();
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FunctionalInterface
  private interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }


}
