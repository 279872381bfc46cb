package org.openseason.web.embed;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.openseason.api.search.Listings;
import org.openseason.api.search.SearchParameters;
import org.openseason.api.search.SearchResponse;
import org.openseason.api.system.Conditional;
import org.openseason.domain.Keyed;
import org.openseason.domain.ProgramKind;
import org.openseason.web.pages.QueryString;

/** Builds embeds from a search: validation, the validator for conditional requests, and the view. */
@Singleton
class EmbedService {

  private final Listings listings;

  EmbedService(Listings listings) {
    this.listings = listings;
  }

  /**
   * A validated embed request, before its search is run.
   *
   * @param options how it looks and what it searches
   * @param query the search
   * @param at the start of the time window it is answered as of
   * @param etag its validator
   */
  record Request(EmbedOptions options, SearchParameters.Query query, Instant at, String etag) {}

  /** @throws org.openseason.api.system.ApiException 400 naming every invalid parameter */
  Request request(String what, Map<String, List<String>> params, Instant now, String site) {
    EmbedOptions options = EmbedOptions.parse(params);
    Instant at = Conditional.windowStart(now);
    SearchParameters.Query query = listings.query(options.search(), at);
    return new Request(options, query, at, Conditional.etag(what, listings.generation(), at, params, site));
  }

  EmbedView view(Request request, String site) {
    SearchResponse response = listings.response(listings.find(request.query()));
    List<EmbedView.Item> items = response.results().stream().limit(request.options().max())
        .map(r -> item(r, site)).toList();
    Map<String, List<String>> search = new java.util.LinkedHashMap<>(request.options().search());
    search.remove("size");
    EmbedOptions o = request.options();
    return new EmbedView(site, o.layout().key(), o.theme().key(), o.height(), o.title(), items, response.total(),
        site + "/" + query(search));
  }

  private static EmbedView.Item item(SearchResponse.Result r, String site) {
    return new EmbedView.Item(r.name(), site + r.url(), r.organizer(),
        Keyed.byKey(ProgramKind.class, r.kind()).map(Keyed::label).orElse(r.kind()), r.summary(), r.status().key(),
        r.status().text(), r.status().expected());
  }

  static String query(Map<String, List<String>> params) {
    return QueryString.of(params);
  }
}
