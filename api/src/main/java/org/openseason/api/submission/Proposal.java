package org.openseason.api.submission;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.openseason.domain.Keyed;

/**
 * What an organizer sends: a listing in the format of {@code docs/catalog.md} (without slug and provenance) and,
 * next to its fields, {@code moderator_contact} (private), {@code target} (the slug of a listed program, for a new
 * cycle or an edit), {@code proposal} ({@code new-program}, {@code new-cycle} or {@code edit}) and {@code website},
 * the honeypot that people never see and bots fill in.
 *
 * @param listing the proposed listing's fields
 * @param moderatorContact how a moderator reaches the organizer; never published
 * @param target the listed program this changes
 * @param kind what the organizer says this is, if they said
 * @param honeypot true when the hidden field was filled in
 * @param typed what was sent, as sent, kept next to the listing
 */
public record Proposal(
    Map<String, Object> listing,
    String moderatorContact,
    Optional<String> target,
    Optional<SubmissionKind> kind,
    boolean honeypot,
    Map<String, Object> typed) {

  public static final String CONTACT = "moderator_contact";
  public static final String TARGET = "target";
  public static final String KIND = "proposal";
  public static final String HONEYPOT = "website";

  public Proposal {
    listing = Trees.copy(listing);
    moderatorContact = moderatorContact == null ? "" : moderatorContact.strip();
    typed = Trees.copy(typed);
  }

  /** Splits a request's fields into the listing and the submission's own fields. */
  public static Proposal of(Map<String, Object> fields, Map<String, Object> typed) {
    Map<String, Object> listing = new LinkedHashMap<>(fields);
    String contact = text(listing.remove(CONTACT)).orElse("");
    Optional<String> target = text(listing.remove(TARGET));
    Optional<String> kindText = text(listing.remove(KIND));
    Optional<SubmissionKind> kind = kindText.flatMap(k -> Keyed.byKey(SubmissionKind.class, k));
    if (kindText.isPresent() && kind.isEmpty()) {
      // Left in the listing, so that the check names the field.
      listing.put(KIND, kindText.get());
    }
    boolean honeypot = text(listing.remove(HONEYPOT)).isPresent();
    return new Proposal(listing, contact, target, kind, honeypot, typed);
  }

  private static Optional<String> text(Object value) {
    return value == null ? Optional.empty() : Optional.of(String.valueOf(value).strip()).filter(s -> !s.isEmpty());
  }
}
