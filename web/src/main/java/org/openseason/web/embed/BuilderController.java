package org.openseason.web.embed;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openseason.api.system.ApiException;
import org.openseason.api.system.SiteAddress;
import org.openseason.domain.CompensationKind;
import org.openseason.domain.InterestVocabulary;
import org.openseason.domain.Keyed;
import org.openseason.domain.ProgramKind;
import org.openseason.domain.StatusKind;

/**
 * {@code GET /embed}: the embed builder. A plain form whose every state is a link (the preview updates as the
 * form is sent, at once with JavaScript); the snippets below it carry the same search as the preview.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class BuilderController {

  private final EmbedService embeds;
  private final EmbedTemplates templates;
  private final InterestVocabulary vocabulary;
  private final SiteAddress site;
  private final Clock clock;

  BuilderController(EmbedService embeds, EmbedTemplates templates, InterestVocabulary vocabulary, SiteAddress site,
      Clock clock) {
    this.embeds = embeds;
    this.templates = templates;
    this.vocabulary = vocabulary;
    this.site = site;
    this.clock = clock;
  }

  @Get(uri = "/embed", produces = EmbedController.HTML)
  HttpResponse<String> builder(HttpRequest<?> request) {
    Map<String, List<String>> form = request.getParameters().asMap();
    Map<String, List<String>> params = embedParams(form);
    String base = site.of(request);
    Optional<BuilderView.Preview> preview = Optional.empty();
    List<String> errors = new ArrayList<>();
    EmbedOptions options = null;
    try {
      options = embeds.request("builder", params, clock.instant(), base).options();
      List<String> picked = params.getOrDefault("program", List.of());
      preview = Optional.of(new BuilderView.Preview(
          base + "/embed/programs" + EmbedService.query(options.params()),
          Snippets.script(base, options),
          div(base, options),
          Snippets.iframe(base, options, 600, options.title().isEmpty() ? "Open-source programs" : options.title()),
          Snippets.link(base, options),
          picked.size() == 1 ? Optional.of(base + "/badge/" + picked.get(0) + ".svg") : Optional.empty()));
    } catch (ApiException e) {
      e.invalidParams().forEach(p -> errors.add(p.name() + " " + p.reason()));
      if (errors.isEmpty()) {
        errors.add(e.getMessage());
      }
    }
    String layout = options == null ? "list" : options.layout().key();
    String theme = options == null ? "auto" : options.theme().key();
    BuilderView view = new BuilderView(
        first(form, "q"), first(form, "title"), options == null ? EmbedOptions.DEFAULT_MAX : options.max(),
        layout, theme,
        first(form, "student"), first(form, "country"), first(form, "eligibility"),
        String.join(", ", params.getOrDefault("program", List.of())),
        choices(ProgramKind.class, form.getOrDefault("kind", List.of())),
        choices(StatusKind.class, form.getOrDefault("status", List.of())),
        vocabulary.all().stream().map(i -> new BuilderView.Choice(i.key(), i.label(),
            form.getOrDefault("interest", List.of()).contains(i.key()))).toList(),
        choices(CompensationKind.class, form.getOrDefault("compensation", List.of())),
        Arrays.stream(EmbedOptions.Layout.values()).map(l -> new BuilderView.Choice(l.key(), label(l.key()),
            l.key().equals(layout))).toList(),
        Arrays.stream(EmbedOptions.Theme.values()).map(t -> new BuilderView.Choice(t.key(),
            t == EmbedOptions.Theme.AUTO ? "Follow the reader's setting" : label(t.key()),
            t.key().equals(theme))).toList(),
        preview, options == null ? 0 : options.height(), errors);
    String body = templates.render("embed/builder.jte", Map.of("view", view));
    return (errors.isEmpty() ? HttpResponse.ok(body) : HttpResponse.badRequest(body)).contentType(EmbedController.HTML);
  }

  /** The form as embed parameters: empty fields dropped, the hand-picked list split into {@code program}s. */
  static Map<String, List<String>> embedParams(Map<String, List<String>> form) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    form.forEach((name, values) -> {
      List<String> kept = values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
      if (name.equals("programs")) {
        List<String> slugs = kept.stream().flatMap(v -> Arrays.stream(v.split("[,\\s]+"))).filter(s -> !s.isEmpty())
            .toList();
        if (!slugs.isEmpty()) {
          params.put("program", slugs);
        }
      } else if (!kept.isEmpty() && !(Set.of("eligibility", "theme").contains(name) && kept.equals(List.of("any")))
          && !(name.equals("theme") && kept.equals(List.of("auto")))) {
        params.put(name, kept);
      }
    });
    return params;
  }

  private static String div(String base, EmbedOptions options) {
    StringBuilder out = new StringBuilder("<div data-openseason");
    options.params().forEach((k, v) -> out.append(" data-").append(Snippets.attr(k)).append("=\"")
        .append(Snippets.attr(String.join(",", v))).append('"'));
    return out.append(" style=\"height:").append(options.height()).append("px\"></div>\n<script async src=\"")
        .append(Snippets.attr(base + "/embed.js")).append("\"></script>").toString();
  }

  private static <E extends Enum<E> & Keyed> List<BuilderView.Choice> choices(Class<E> type, List<String> selected) {
    return Arrays.stream(type.getEnumConstants())
        .map(c -> new BuilderView.Choice(c.key(), c.label(), selected.contains(c.key()))).toList();
  }

  private static String label(String key) {
    return Character.toUpperCase(key.charAt(0)) + key.substring(1);
  }

  private static String first(Map<String, List<String>> params, String name) {
    List<String> values = params.getOrDefault(name, List.of());
    return values.isEmpty() ? "" : values.get(0);
  }
}
