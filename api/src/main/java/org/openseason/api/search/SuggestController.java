package org.openseason.api.search;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openseason.api.system.ApiException;
import org.openseason.api.system.Problem.InvalidParam;
import org.openseason.index.ProgramIndex;
import org.openseason.index.Suggestion;

/**
 * {@code GET /api/v1/suggest?q=pre}: completions as a person types. Answered on the event loop: it reads a sorted
 * map in memory and never blocks.
 */
@Controller("/api/v1")
class SuggestController {

  private static final int MAX_LENGTH = 100;

  private final ProgramIndex index;

  SuggestController(ProgramIndex index) {
    this.index = index;
  }

  @Get(uri = "/suggest", produces = MediaType.APPLICATION_JSON)
  List<Completion> suggest(HttpRequest<?> request) {
    Map<String, List<String>> params = request.getParameters().asMap();
    List<InvalidParam> invalid = new ArrayList<>();
    params.keySet().stream().filter(k -> !k.equals("q") && !k.equals("size"))
        .forEach(k -> invalid.add(new InvalidParam(k, "is not a known parameter; known: q, size")));
    String q = params.getOrDefault("q", List.of("")).get(0);
    if (q.indexOf('\uFFFD') >= 0) {
      invalid.add(new InvalidParam("q", "is not valid UTF-8"));
    } else if (q.length() > MAX_LENGTH) {
      invalid.add(new InvalidParam("q", "is longer than " + MAX_LENGTH + " characters"));
    }
    int size = 8;
    String sizeText = params.getOrDefault("size", List.of("8")).get(0);
    try {
      size = Math.max(1, Math.min(20, Integer.parseInt(sizeText.strip())));
    } catch (NumberFormatException e) {
      invalid.add(new InvalidParam("size", "'" + sizeText + "' is not a whole number"));
    }
    if (!invalid.isEmpty()) {
      throw ApiException.badParameters(invalid);
    }
    return index.suggest(q, size).stream().map(Completion::of).toList();
  }

  /**
   * One completion.
   *
   * @param text what to show and search for
   * @param kind program, interest or organizer
   * @param url where it leads: the program's page, or a search filtered by the interest or organizer
   */
  @Serdeable
  record Completion(String text, String kind, String url) {
    static Completion of(Suggestion s) {
      String url = switch (s.kind()) {
        case PROGRAM -> "/programs/" + s.key();
        case INTEREST -> "/?interest=" + s.key();
        case ORGANIZER -> "/?organizer=" + java.net.URLEncoder.encode(s.key(), java.nio.charset.StandardCharsets.UTF_8);
      };
      return new Completion(s.text(), s.kind().name().toLowerCase(Locale.ROOT), url);
    }
  }
}
