package org.openseason.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openseason.domain.Program;
import org.openseason.domain.SourceKind;
import org.openseason.listing.ListingCodec;

/**
 * Listings of our own for the output tests, so they do not depend on the catalog's dates: one with an announced
 * round ahead (its name full of characters every output must escape), one whose next round is expected.
 */
final class OwnListings {

  static final String HOSTILE_NAME = "Announced <Test> & \"Mentorship\"</script>";

  private OwnListings() {}

  /** Applications open on {@code opens} and close two weeks later at 16:00 UTC; then the program runs. */
  static Program announced(String slug, LocalDate opens) {
    Map<String, Object> listing = base(slug, HOSTILE_NAME);
    listing.put("compensation", Map.of("kind", "stipend", "currency", "USD", "min", 3000, "max", 6000));
    listing.put("cycles", List.of(Map.of("label", String.valueOf(opens.getYear()),
        "source", "https://example.org/" + slug + "/dates",
        "milestones", List.of(
            Map.of("kind", "applications", "start", opens.toString(), "end", opens.plusDays(14) + "T16:00:00Z"),
            Map.of("kind", "program", "start", opens.plusDays(40).toString(), "end", opens.plusDays(120).toString())))));
    return ListingCodec.decode(listing, SourceKind.CATALOG);
  }

  /** A program that ran the two years before {@code opens}: its next round is expected around it. */
  static Program expected(String slug, LocalDate opens) {
    Map<String, Object> listing = base(slug, "Yearly Test Mentorship");
    listing.put("cycles", List.of(round(slug, opens.minusYears(2)), round(slug, opens.minusYears(1))));
    return ListingCodec.decode(listing, SourceKind.CATALOG);
  }

  private static Map<String, Object> base(String slug, String name) {
    return new LinkedHashMap<>(Map.of("slug", slug, "name", name,
        "organizer", "Example Foundation", "homepage", "https://example.org/" + slug, "kind", "mentorship",
        "lifecycle", "active", "summary", "A mentorship for tests; <b>bold</b> is text here.",
        "interests", List.of("python"),
        "provenance", Map.of("source_url", "https://example.org/" + slug, "verified", "2026-11-01")));
  }

  private static Map<String, Object> round(String slug, LocalDate opens) {
    return Map.of("label", String.valueOf(opens.getYear()),
        "source", "https://example.org/" + slug + "/" + opens.getYear(),
        "milestones", List.of(Map.of("kind", "applications", "start", opens.toString(),
            "end", opens.plusDays(14).toString())));
  }
}
