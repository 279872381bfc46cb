package org.openseason.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
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


  /** Threads that analyze and add documents in a rebuild: analysis is most of its work. */
  private static final int INDEXING_THREADS = Runtime.getRuntime().availableProcessors();
  /**
   * Memory for documents not yet written to a segment. Larger than Lucene's default of 16 MB so that a rebuild
   * writes a few large segments instead of many small ones that must then be merged, and a search visits fewer.
   */
  private static final double RAM_BUFFER_MB = 128;

  private final Directory directory;
  private final Analyzer analyzer = new TextAnalyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final FacetsConfig facetsConfig = ProgramDocuments.facetsConfig();
  private final ProgramDocuments documents;
  private final QueryFactory queries;
  private final IdeaSearch ideas;
  private final SurfaceWords words = new SurfaceWords();
  private final Suggestions suggestions = new Suggestions();
  /** For each program, the programs that run on it: their count is its prominence. */
  private final Map<String, Set<String>> runOnBy = new java.util.concurrent.ConcurrentHashMap<>();
  /** The prominence each program's document holds, to update it when programs that run on it come and go. */
  private final Map<String, Integer> indexedProminence = new java.util.concurrent.ConcurrentHashMap<>();
  private final InterestVocabulary vocabulary;
  /**
   * Each indexed program's name by its slug, kept with the index: verdicts name the programs whose past
   * participants a rule excludes, for every result, and a search per name cost more than the search itself.
   */
  private final Map<String, String> names = new java.util.concurrent.ConcurrentHashMap<>();
  private final ProgramSearch search;
  /** The same searches with nothing kept: {@link #searchUncached}. */
  private final ProgramSearch everyTime;
  /**
   * Held by every write. A change made during a rebuild waits for it to end: otherwise the rebuild could add back
   * a program that the change had just replaced, and the index would hold it twice.
   */
  private final Object writing = new Object();
  private final ResultCache results;
  private final KeptAnswers<IdeaQuestion, IdeaResult> ideaAnswers = new KeptAnswers<>(ResultCache.CAPACITY);
  /** How many times a change became searchable: see {@link #generation()}. */
  private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

  private ProgramIndex(Directory directory, InterestVocabulary vocabulary) throws IOException {
    this.directory = directory;
    this.documents = new ProgramDocuments(facetsConfig, vocabulary, analyzer);
    this.queries = new QueryFactory(analyzer, vocabulary);
    this.ideas = new IdeaSearch(queries, documents);
    this.search = new ProgramSearch(facetsConfig, documents, queries, ideas, words, analyzer, true);
    this.everyTime = new ProgramSearch(facetsConfig, documents, queries, ideas, words, analyzer, false);
    this.results = new ResultCache(search::search);
    this.vocabulary = vocabulary;
    vocabulary.all().forEach(i -> {
      words.add(i.label());
      i.aliases().forEach(words::add);
      suggestions.add(new Suggestion(i.label(), Suggestion.Kind.INTEREST, i.key()));
    });
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(RAM_BUFFER_MB);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, CatalogWideSearcher.FACTORY);
    searchers.addListener(new org.apache.lucene.search.ReferenceManager.RefreshListener() {
      @Override
      public void beforeRefresh() {}

      @Override
      public void afterRefresh(boolean didRefresh) {
        if (didRefresh) {
          generation.incrementAndGet();
        }
      }
    });
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
    synchronized (writing) {
      rebuildNow(source, now);
    }
  }

  private void rebuildNow(java.util.function.Consumer<java.util.function.Consumer<List<Program>>> source, Instant now) {
    try {
      writer.deleteAll();
      suggestions.clear();
      runOnBy.clear();
      vocabulary.all().forEach(i -> suggestions.add(new Suggestion(i.label(), Suggestion.Kind.INTEREST, i.key())));
      indexedProminence.clear();
      try (ParallelIndexing indexing = new ParallelIndexing(INDEXING_THREADS)) {
        source.accept(batch -> {
          // Indexed later, on another thread: the source may reuse its list for the next batch.
          List<Program> programs = List.copyOf(batch);
          // Each program comes once: nothing to forget of an earlier version, unlike in update.
          programs.forEach(this::noteNewRunsOn);
          indexing.submit(() -> {
            for (Program program : programs) {
              writer.addDocuments(documents.toDocuments(program, now, prominence(program)));
              learnWords(program);
            }
          });
        });
        indexing.awaitAll();
      }
      names.keySet().retainAll(indexedProminence.keySet());
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

  /** Removes one program and its ideas; the instant does not matter when nothing is added. */
  public void delete(String slug) {
    update(List.of(), List.of(slug), Instant.EPOCH);
  }

  /**
   * Adds or replaces {@code programs} and removes {@code deleted}, made searchable together with one refresh.
   *
   * @param now the instant their statuses are computed at
   */
  public void update(Collection<Program> programs, Collection<String> deleted, Instant now) {
    synchronized (writing) {
      updateNow(programs, deleted, now);
    }
  }

  private void updateNow(Collection<Program> programs, Collection<String> deleted, Instant now) {
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
        names.remove(slug);
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
    noteNewRunsOn(program);
  }

  private void noteNewRunsOn(Program program) {
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
    names.put(program.slug(), program.name());
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
    return withSearcher(searcher -> searcher.count(ProgramSearch.PROGRAMS));
  }

  /** The name of an indexed program by its slug. */
  public Optional<String> name(String slug) {
    return Optional.ofNullable(names.get(slug));
  }

  public boolean contains(String slug) {
    return withSearcher(searcher -> searcher.count(new TermQuery(new Term(IndexFields.SLUG, slug))) > 0);
  }

  /**
   * Changes when the index does: each write is searchable, and this number higher, when the write returns. Answers
   * worked out from the index can be kept under it ({@link KeptAnswers}) for as long as it stays the same.
   */
  public long generation() {
    return generation.get();
  }

  /** Runs a search, or answers it from the answers kept on the current searcher ({@link ResultCache}). */
  public SearchResult search(SearchRequest request) {
    return withSearcher(searcher -> results.search(searcher, request));
  }

  /**
   * Runs a search as if it were asked for the first time: neither its answer nor the matches of its words are
   * kept ({@link KeptMatches}), and the eligibility filter is a query run with the words. For benchmarks of the
   * search itself, and as the reference the kept matches are held to.
   */
  public SearchResult searchUncached(SearchRequest request) {
    return withSearcher(searcher -> everyTime.search(searcher, request));
  }

  /**
   * Searches project ideas directly.
   *
   * @param text words, "phrases" and -exclusions
   * @param programs only the ideas of these programs, when any are given
   */
  public IdeaResult searchIdeas(String text, Collection<String> programs, int offset, int limit) {
    IdeaQuestion question = new IdeaQuestion(text, Set.copyOf(programs), offset, limit);
    return withSearcher(searcher -> ideaAnswers.get(searcher.getIndexReader(), question,
        () -> ideas.search(searcher, text, programs, offset, limit)));
  }

  /** An idea search, as kept with its answer on the searcher it ran on (like {@link ResultCache} for programs). */
  private record IdeaQuestion(String text, Set<String> programs, int offset, int limit) {}

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
