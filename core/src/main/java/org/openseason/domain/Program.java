package org.openseason.domain;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A program listing: one opportunity as a person looking for a program sees it.
 *
 * @param slug the stable identifier used in URLs
 * @param name the program's own name
 * @param aliases other names, former names and abbreviations
 * @param organizer who runs it
 * @param homepage the program's own page
 * @param kind internship, mentorship, summer of code, ...
 * @param lifecycle whether it still runs
 * @param summary one or two sentences
 * @param description a few paragraphs
 * @param interests interest keys, most characteristic first
 * @param runsOn slugs of the platform programs it runs on (an umbrella over GSoC or LFX)
 * @param codeOfConduct the code of conduct
 * @param rules the rules or eligibility page
 * @param howToApply how to apply, in words
 * @param contact how to reach the organizers, in words or as a URL
 * @param participation remote, hybrid or on site
 * @param eligibility who may take part
 * @param compensation what participants receive
 * @param cycles rounds, oldest first
 * @param provenance where the facts came from
 * @param unverified field paths whose values are not confirmed by a primary source
 */
public record Program(
    String slug,
    String name,
    List<String> aliases,
    String organizer,
    URI homepage,
    ProgramKind kind,
    Lifecycle lifecycle,
    String summary,
    String description,
    List<String> interests,
    List<String> runsOn,
    Optional<URI> codeOfConduct,
    Optional<URI> rules,
    Optional<String> howToApply,
    Optional<String> contact,
    Participation participation,
    Eligibility eligibility,
    Compensation compensation,
    List<Cycle> cycles,
    Provenance provenance,
    List<String> unverified) {

  public static final int SUMMARY_MAX = 300;

  public Program {
    slug = Slugs.require(slug, "slug");
    name = Text.required(name, "name", 200);
    aliases = Text.list(aliases, "aliases", 200);
    organizer = Text.required(organizer, "organizer", 200);
    homepage = Urls.require(homepage, "homepage");
    requireNonNull(kind, "kind is null");
    requireNonNull(lifecycle, "lifecycle is null");
    summary = Text.required(summary, "summary", SUMMARY_MAX);
    description = description == null ? "" : Text.optional(Optional.of(description), "description", 20_000).orElse("");
    interests = Slugs.list(interests, "interests");
    if (new HashSet<>(interests).size() != interests.size()) {
      throw new IllegalArgumentException("interests has duplicates");
    }
    runsOn = Slugs.list(runsOn, "runs_on");
    if (runsOn.contains(slug)) {
      throw new IllegalArgumentException("runs_on names the program itself");
    }
    codeOfConduct = Urls.optional(codeOfConduct, "code_of_conduct");
    rules = Urls.optional(rules, "rules");
    howToApply = Text.optional(howToApply, "how_to_apply", 2_000);
    contact = Text.optional(contact, "contact", 300);
    requireNonNull(participation, "participation is null");
    requireNonNull(eligibility, "eligibility is null");
    requireNonNull(compensation, "compensation is null");
    cycles = cycles == null ? List.of() : List.copyOf(cycles);
    if (cycles.stream().map(Cycle::label).distinct().count() != cycles.size()) {
      throw new IllegalArgumentException("two cycles share a label");
    }
    requireNonNull(provenance, "provenance is null");
    unverified = Text.list(unverified, "unverified", 100);
  }

  /** Every project idea of every cycle. */
  public Stream<ProjectIdea> ideas() {
    return cycles.stream().flatMap(c -> c.ideas().stream());
  }

  /** The stored cycles with the next round of each series forecast where it is not announced ({@link Forecast}). */
  public List<Cycle> rounds(java.time.Instant now) {
    return Forecast.rounds(this, now);
  }

  /** The current and upcoming state of the program's cycles at {@code now}. */
  public ProgramStatus statusAt(java.time.Instant now) {
    return ProgramStatus.of(this, now);
  }

  public Program withLifecycle(Lifecycle newLifecycle) {
    return new Program(slug, name, aliases, organizer, homepage, kind, newLifecycle, summary, description,
        interests, runsOn, codeOfConduct, rules, howToApply, contact, participation, eligibility, compensation,
        cycles, provenance, unverified);
  }

  public Program withCycles(List<Cycle> newCycles) {
    return new Program(slug, name, aliases, organizer, homepage, kind, lifecycle, summary, description,
        interests, runsOn, codeOfConduct, rules, howToApply, contact, participation, eligibility, compensation,
        newCycles, provenance, unverified);
  }

  public Program withProvenance(Provenance newProvenance) {
    return new Program(slug, name, aliases, organizer, homepage, kind, lifecycle, summary, description,
        interests, runsOn, codeOfConduct, rules, howToApply, contact, participation, eligibility, compensation,
        cycles, newProvenance, unverified);
  }
}
