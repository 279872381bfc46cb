package org.openseason.web.submission;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openseason.api.guard.Csrf;
import org.openseason.api.program.ProgramStore;
import org.openseason.api.program.StoredProgram;
import org.openseason.api.submission.Outcome;
import org.openseason.api.submission.Ownership;
import org.openseason.api.submission.Receipt;
import org.openseason.api.submission.SubmissionSettings;
import org.openseason.api.submission.Submissions;
import org.openseason.api.system.ApiException;
import org.openseason.api.system.SiteAddress;
import org.openseason.domain.Program;
import org.openseason.domain.Slugs;
import org.openseason.domain.SourceKind;
import org.openseason.listing.ListingCodec;
import org.openseason.web.pages.ProgramPage;
import org.openseason.web.pages.ProgramPages;
import org.openseason.web.pages.Templates;

/** The pages of the form: the form itself, the preview, the receipt and the edit link's page. */
@Singleton
final class SubmitViews {

  private static final List<String> NOT_TYPED = List.of("slug", "provenance.", "unverified");

  private final Submissions submissions;
  private final ProgramStore store;
  private final ProgramPages programPages;
  private final Templates templates;
  private final Csrf csrf;
  private final SiteAddress site;
  private final SubmissionSettings settings;
  private final Clock clock;

  SubmitViews(Submissions submissions, ProgramStore store, ProgramPages programPages, Templates templates, Csrf csrf,
      SiteAddress site, SubmissionSettings settings, Clock clock) {
    this.submissions = submissions;
    this.store = store;
    this.programPages = programPages;
    this.templates = templates;
    this.csrf = csrf;
    this.site = site;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * The fields a form sent, once its CSRF token is right and its size within the limit.
   *
   * @throws ApiException 403 for a missing or wrong token, 413 for too much
   */
  Map<String, String> fields(HttpRequest<?> request, Map<String, Object> body) {
    csrf.verify(request, body.get(Csrf.FIELD) instanceof String s ? s : null);
    Map<String, String> fields = new LinkedHashMap<>();
    long size = 0;
    for (Map.Entry<String, Object> e : body.entrySet()) {
      Object value = e.getValue() instanceof List<?> l ? (l.isEmpty() ? "" : l.get(0)) : e.getValue();
      String text = value == null ? "" : String.valueOf(value);
      size += e.getKey().length() + text.length();
      if (!e.getKey().equals(Csrf.FIELD) && !e.getKey().equals("action") && !text.isEmpty()) {
        fields.put(e.getKey(), text);
      }
    }
    if (size > settings.maxBytes()) {
      throw new ApiException(413, "Content Too Large", settings.tooLarge(), List.of());
    }
    return fields;
  }

  /** An empty form, or one filled with a listed program's fields to propose an edit to it. */
  String blank(HttpRequest<?> request, Optional<String> target, Optional<String> name, Optional<String> homepage) {
    Map<String, String> values = new LinkedHashMap<>();
    // A draft from a crawler's candidate: the moderator's queue links here with the name and homepage a list gave.
    name.map(String::strip).filter(n -> !n.isEmpty() && n.length() <= 200).ifPresent(n -> values.put("name", n));
    homepage.map(String::strip).filter(h -> !h.isEmpty() && h.length() <= 2000).ifPresent(h -> values.put("homepage", h));
    Optional<Program> listed = target.filter(Slugs::isValid).flatMap(store::find).map(StoredProgram::program);
    listed.ifPresent(p -> {
      values.putAll(typed(p));
      values.put("target", p.slug());
      values.put("proposal", "edit");
    });
    return form(request, values, Map.of(), Optional.empty(),
        listed.map(p -> "You are proposing a change to the listing of " + p.name()
            + ": add a round below or change any field. A moderator checks it before it replaces the listing."),
        Optional.empty(), false);
  }

  String form(HttpRequest<?> request, Map<String, String> values, Map<String, String> errors, Optional<String> token,
      Optional<String> notice, Optional<String> duplicateOf, boolean more) {
    Optional<SubmitForm.EditStatus> status = token.map(t -> status(t, submissions.draft(t)));
    return render(request, values, errors, token, notice, duplicateOf, status, more);
  }

  private String render(HttpRequest<?> request, Map<String, String> values, Map<String, String> errors,
      Optional<String> token, Optional<String> notice, Optional<String> duplicateOf,
      Optional<SubmitForm.EditStatus> status, boolean more) {
    SubmitForm form = new SubmitForm(action(token) + "/preview", csrf.token(request), values, errors,
        more ? SubmitForm.rows(values, 2, 4, 3) : SubmitForm.rows(values, 1, 2, 1), notice, duplicateOf,
        token.isPresent(), status);
    return templates.render("submission/form.jte", Map.of("form", form));
  }

  /** The edit link's page: the latest revision in the form, with where it stands. */
  String draft(HttpRequest<?> request, String token, Optional<String> notice) {
    Submissions.Draft draft = submissions.draft(token);
    Map<String, String> values = new LinkedHashMap<>(typed(draft.proposed()));
    return render(request, values, Map.of(), Optional.of(token), notice, Optional.empty(),
        Optional.of(status(token, draft)), false);
  }

  String preview(HttpRequest<?> request, Map<String, String> fields, Outcome.Valid valid, Optional<String> token) {
    Instant now = clock.instant();
    ProgramPage page = programPages.of(new StoredProgram(valid.program(), SourceKind.ORGANIZER, Optional.empty(), now),
        now, other -> store.find(other).map(s -> s.program().name()).orElse(other), false);
    SubmitForm form = new SubmitForm(action(token) + "/preview", csrf.token(request), fields, Map.of(), List.of(),
        Optional.empty(), Optional.empty(), token.isPresent(), Optional.empty());
    return templates.render("submission/preview.jte", Map.of("form", form, "page", page, "sendAction", action(token)));
  }

  String receipt(HttpRequest<?> request, Receipt receipt) {
    return templates.render("submission/receipt.jte", Map.of("receipt", receipt,
        "editLink", site.of(request) + receipt.editUrl(), "meta", meta(receipt.verificationToken())));
  }

  private static String action(Optional<String> token) {
    return token.map(t -> "/submit/edit/" + t).orElse("/submit");
  }

  private SubmitForm.EditStatus status(String token, Submissions.Draft draft) {
    return new SubmitForm.EditStatus(draft.latest().receipt(), draft.latest().state().key(), draft.latest().reason(),
        draft.verificationToken(), draft.verifiedAt().map(Instant::toString), action(Optional.of(token)) + "/verify",
        meta(draft.verificationToken()));
  }

  private static String meta(String verificationToken) {
    return "<meta name=\"" + Ownership.META + "\" content=\"" + verificationToken + "\">";
  }

  /** A listing's fields as the form names them, without what OpenSeason sets itself. */
  private static Map<String, String> typed(Program program) {
    Map<String, String> fields = FormListing.fields(ListingCodec.encode(program));
    fields.keySet().removeIf(name -> NOT_TYPED.stream().anyMatch(name::startsWith));
    return fields;
  }
}
