package org.openseason.api.search;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openseason.domain.Memo;
import org.openseason.index.ProgramHit;
import org.openseason.index.SearchResult;

/**
 * Writes the JSON of {@link SearchResponse}, as the serde mapper would write it (the same names and values:
 * {@code SearchJsonTest}), from parts: what a result shows that depends on neither the profile nor the time (its
 * name, summary, interests, link, matching ideas, snippet) is encoded once per hit and kept, and so is each facet
 * value with its label. People asking the same words with their own profiles ("what can I apply to?") get the same
 * hits from the index's kept matches, so an answer then costs its verdicts, statuses and counts only; encoding
 * its 40 KB of strings again was a fifth of the server's work.
 */
@Singleton
final class SearchJson {

  /** Hits whose parts are kept; a new index version or more than this starts afresh. */
  private static final int MOST_HITS = 10_000;
  private static final int MOST_FACET_VALUES = 50_000;

  private static final byte[] TOTAL = JsonBytes.ascii("{\"total\":");
  private static final byte[] PAGE = JsonBytes.ascii(",\"page\":");
  private static final byte[] SIZE = JsonBytes.ascii(",\"size\":");
  private static final byte[] RESULTS = JsonBytes.ascii(",\"results\":[");
  private static final byte[] FACETS = JsonBytes.ascii("],\"facets\":{");
  private static final byte[] DID_YOU_MEAN = JsonBytes.ascii("},\"did_you_mean\":");
  private static final byte[] CORRECTED = JsonBytes.ascii(",\"corrected\":");
  private static final byte[] SLUG = JsonBytes.ascii("{\"slug\":");
  private static final byte[] NAME = JsonBytes.ascii(",\"name\":");
  private static final byte[] ORGANIZER = JsonBytes.ascii(",\"organizer\":");
  private static final byte[] KIND = JsonBytes.ascii(",\"kind\":");
  private static final byte[] SUMMARY = JsonBytes.ascii(",\"summary\":");
  private static final byte[] STATUS_KEY = JsonBytes.ascii(",\"status\":{\"key\":");
  private static final byte[] LABEL = JsonBytes.ascii(",\"label\":");
  private static final byte[] TEXT = JsonBytes.ascii(",\"text\":");
  private static final byte[] CYCLE = JsonBytes.ascii(",\"cycle\":");
  private static final byte[] EXPECTED = JsonBytes.ascii(",\"expected\":");
  private static final byte[] NEXT_DEADLINE = JsonBytes.ascii("},\"nextDeadline\":");
  private static final byte[] INTERESTS = JsonBytes.ascii(",\"interests\":");
  private static final byte[] IDEAS = JsonBytes.ascii(",\"ideas\":");
  private static final byte[] URL = JsonBytes.ascii(",\"url\":");
  private static final byte[] ELIGIBILITY = JsonBytes.ascii(",\"eligibility\":");
  private static final byte[] VERDICT = JsonBytes.ascii("{\"verdict\":");
  private static final byte[] REFERENCE_DATE = JsonBytes.ascii(",\"reference_date\":");
  private static final byte[] REASONS = JsonBytes.ascii(",\"reasons\":[");
  private static final byte[] CRITERION = JsonBytes.ascii("{\"criterion\":");
  private static final byte[] REASON_VERDICT = JsonBytes.ascii(",\"verdict\":");
  private static final byte[] ALSO_CHECK = JsonBytes.ascii("],\"also_check\":");
  private static final byte[] MATCHING_IDEAS = JsonBytes.ascii(",\"matching_ideas\":{\"count\":");
  private static final byte[] BEST = JsonBytes.ascii(",\"best\":");
  private static final byte[] SNIPPET = JsonBytes.ascii("},\"snippet\":");
  private static final byte[] VALUE = JsonBytes.ascii("{\"value\":");
  private static final byte[] COUNT = JsonBytes.ascii(",\"count\":");
  private static final byte[] SELECTED = JsonBytes.ascii(",\"selected\":");
  private static final byte[] NULL = JsonBytes.ascii("null");

  private final SearchView view;
  private volatile Kept kept = new Kept(-1);

  SearchJson(SearchView view) {
    this.view = view;
  }

  /** The answer's JSON; {@code generation} is the index version the result was read from. */
  byte[] write(SearchParameters.Query query, SearchResult result, long generation) {
    Kept parts = keptFor(generation);
    Instant now = query.request().now();
    JsonBytes json = new JsonBytes(16_384 + 2_048 * result.hits().size());
    json.raw(TOTAL).number(result.total()).raw(PAGE).number(query.page()).raw(SIZE).number(query.size())
        .raw(RESULTS);
    List<ProgramHit> hits = result.hits();
    for (int i = 0; i < hits.size(); i++) {
      if (i > 0) {
        json.raw(',');
      }
      writeResult(json, hits.get(i), query, now, parts.of(hits.get(i)));
    }
    json.raw(FACETS);
    boolean firstFacet = true;
    for (Map.Entry<String, List<SearchResponse.FacetValue>> facet : view.facets(query, result).entrySet()) {
      if (!firstFacet) {
        json.raw(',');
      }
      firstFacet = false;
      json.string(facet.getKey()).raw(':').raw('[');
      List<SearchResponse.FacetValue> values = facet.getValue();
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          json.raw(',');
        }
        SearchResponse.FacetValue value = values.get(i);
        json.raw(parts.valueAndLabel(facet.getKey(), value)).raw(COUNT).number(value.count())
            .raw(SELECTED).bool(value.selected()).raw('}');
      }
      json.raw(']');
    }
    json.raw(DID_YOU_MEAN).string(result.didYouMean().orElse(null)).raw(CORRECTED).bool(result.corrected())
        .raw('}');
    return json.toByteArray();
  }

  private void writeResult(JsonBytes json, ProgramHit hit, SearchParameters.Query query, Instant now, HitParts parts) {
    json.raw(parts.head()).raw(parts.statusAt(hit, now)).raw(parts.middle()).raw(ELIGIBILITY);
    view.eligibility(hit, query.profile(), now).ifPresentOrElse(e -> writeEligibility(json, e), () -> json.raw(NULL));
    json.raw(parts.tail());
  }

  /** {@code ,"status":{...},"nextDeadline":...} of a hit at a time. */
  private static byte[] status(ProgramHit hit, Instant now) {
    SearchResponse.Status status = SearchView.status(hit.status(), now);
    return new JsonBytes(256)
        .raw(STATUS_KEY).string(status.key()).raw(LABEL).string(status.label()).raw(TEXT).string(status.text())
        .raw(CYCLE).string(status.cycle()).raw(EXPECTED).bool(status.expected())
        .raw(NEXT_DEADLINE).string(SearchView.nextDeadline(hit, now))
        .toByteArray();
  }

  private static void writeEligibility(JsonBytes json, SearchResponse.Eligibility eligibility) {
    json.raw(VERDICT).string(eligibility.verdict()).raw(REFERENCE_DATE).string(eligibility.referenceDate())
        .raw(REASONS);
    List<SearchResponse.Reason> reasons = eligibility.reasons();
    for (int i = 0; i < reasons.size(); i++) {
      SearchResponse.Reason reason = reasons.get(i);
      if (i > 0) {
        json.raw(',');
      }
      json.raw(CRITERION).string(reason.criterion()).raw(REASON_VERDICT).string(reason.verdict())
          .raw(TEXT).string(reason.text()).raw('}');
    }
    json.raw(ALSO_CHECK).strings(eligibility.alsoCheck()).raw('}');
  }

  private Kept keptFor(long generation) {
    Kept current = kept;
    if (current.generation != generation) {
      current = new Kept(generation);
      kept = current;
    }
    return current;
  }

  /**
   * A result's JSON around its verdict, which depends on the profile: {@link #head} from its opening brace to its
   * summary, its status at the last second it was asked for, {@link #middle} from its interests to its link, {@link
   * #tail} from its matching ideas to its closing brace. Answers are worked out as of a whole second ({@link
   * ProgramAnswers}), so the status of a hit shown in many answers is worked out once a second.
   */
  private static final class HitParts {

    private final byte[] head;
    private final byte[] middle;
    private final byte[] tail;
    private volatile Timed status;

    private record Timed(Instant at, byte[] json) {}

    private HitParts(ProgramHit hit) {
      head = new JsonBytes(1_024).raw(SLUG).string(hit.slug()).raw(NAME).string(hit.name())
          .raw(ORGANIZER).string(hit.organizer()).raw(KIND).string(hit.kind()).raw(SUMMARY).string(hit.summary())
          .toByteArray();
      middle = new JsonBytes(256).raw(INTERESTS).strings(hit.interests()).raw(IDEAS).number(hit.ideaCount())
          .raw(URL).string(SearchView.url(hit)).toByteArray();
      tail = new JsonBytes(1_024).raw(MATCHING_IDEAS).number(hit.ideas().count()).raw(BEST)
          .strings(hit.ideas().best()).raw(SNIPPET).string(hit.snippet().orElse(null)).raw('}').toByteArray();
    }

    byte[] head() {
      return head;
    }

    byte[] middle() {
      return middle;
    }

    byte[] tail() {
      return tail;
    }

    byte[] statusAt(ProgramHit hit, Instant now) {
      Timed last = status;
      if (last == null || !last.at().equals(now)) {
        last = new Timed(now, SearchJson.status(hit, now));
        status = last;
      }
      return last.json();
    }
  }

  /**
   * The parts kept for one version of the index. Hits are kept by identity: the index hands out the same hit for
   * the same search while it stays the same version, and comparing two hits' every field would cost more than
   * encoding them.
   */
  private static final class Kept {

    private final long generation;
    private final Memo<Identity, HitParts> hits = new Memo<>(MOST_HITS);
    private final Map<String, Memo<String, byte[]>> facetValues = new ConcurrentHashMap<>();

    Kept(long generation) {
      this.generation = generation;
    }

    HitParts of(ProgramHit hit) {
      return hits.get(new Identity(hit), key -> new HitParts(hit));
    }

    /** {@code {"value":...,"label":...} without its closing brace. */
    byte[] valueAndLabel(String facet, SearchResponse.FacetValue value) {
      return facetValues.computeIfAbsent(facet, f -> new Memo<>(MOST_FACET_VALUES)).get(value.value(),
          v -> new JsonBytes(128).raw(VALUE).string(v).raw(LABEL).string(value.label()).toByteArray());
    }
  }

  /** A key that is equal only to itself's referent. */
  private record Identity(Object referent) {

    @Override
    public boolean equals(Object other) {
      return other instanceof Identity that && that.referent == referent;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(referent);
    }
  }
}
