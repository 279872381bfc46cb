package org.openseason.benchmark.server;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.openseason.api.program.ProgramStore;
import org.openseason.api.program.StoredProgram;
import org.openseason.api.search.SearchParameters;
import org.openseason.api.search.SearchResponse;
import org.openseason.api.search.SearchView;
import org.openseason.api.system.ApiException;
import org.openseason.api.system.Problem.InvalidParam;
import org.openseason.domain.InterestVocabulary;
import org.openseason.domain.Program;
import org.openseason.domain.SourceKind;
import org.openseason.listing.ListingCodec;

/**
 * Bench-only endpoints, in the bench server alone: {@code GET /bench/pg/programs} answers {@code
 * /api/v1/programs}'s parameters with PostgreSQL full-text search and the same JSON, rendered by the same {@link
 * SearchView}; {@code POST /bench/change} renames a program through {@link ProgramStore#save}, as an approval or
 * a crawl would change it, to time how soon the change is searchable.
 */
@Controller("/bench")
@ExecuteOn(TaskExecutors.BLOCKING)
class BenchController {

  private final DataSource dataSource;
  private final SearchView view;
  private final ProgramStore store;
  private final InterestVocabulary vocabulary;
  private final Clock clock;

  BenchController(DataSource dataSource, DataSourceResolver resolver, SearchView view, ProgramStore store,
      InterestVocabulary vocabulary, Clock clock) {
    // The pool itself: the product's wrapper expects a transaction, and these reads need none.
    this.dataSource = resolver.resolve(dataSource);
    this.view = view;
    this.store = store;
    this.vocabulary = vocabulary;
    this.clock = clock;
  }

  @Get(uri = "/pg/programs", produces = MediaType.APPLICATION_JSON)
  SearchResponse programs(HttpRequest<?> request) throws SQLException {
    Map<String, List<String>> params = request.getParameters().asMap();
    SearchParameters.Query query = SearchParameters.parse(params, vocabulary, clock.instant());
    Optional<String> unsupported = PgSearch.unsupported(query.request());
    if (unsupported.isPresent()) {
      throw ApiException.badParameters(
          List.of(new InvalidParam(unsupported.get(), "is not supported by the PostgreSQL bench endpoint")));
    }
    try (Connection c = dataSource.getConnection()) {
      return view.respond(query, PgSearch.search(c, query.request()));
    }
  }

  @Post(uri = "/change", produces = MediaType.APPLICATION_JSON)
  Changed change(@QueryValue String slug, @QueryValue String word) {
    Program before = store.find(slug).map(StoredProgram::program)
        .orElseThrow(() -> ApiException.notFound("no program " + slug));
    Map<String, Object> listing = new java.util.LinkedHashMap<>(ListingCodec.encode(before));
    listing.put("name", before.name().replaceAll(" \\S+$", "") + " " + word);
    Program after = ListingCodec.decode(listing, SourceKind.MODERATOR);
    long start = System.nanoTime();
    store.save(after, SourceKind.MODERATOR, Optional.empty(), "bench: renamed to measure search freshness");
    return new Changed(slug, after.name(), (System.nanoTime() - start) / 1_000);
  }

  /**
   * A change made.
   *
   * @param slug the program
   * @param name its new name
   * @param saveMicros how long the save took, index update included (it runs after the commit, in the call)
   */
  @Serdeable
  record Changed(String slug, String name, long saveMicros) {}
}
