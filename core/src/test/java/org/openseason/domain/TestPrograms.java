package org.openseason.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openseason.listing.ListingCodec;

/** Small programs of our own for tests, written in the listing format. */
public final class TestPrograms {

  private TestPrograms() {}

  /** A minimal valid listing that tests extend. */
  public static Map<String, Object> listing(String slug) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("slug", slug);
    m.put("name", "Program " + slug);
    m.put("organizer", "Example Foundation");
    m.put("homepage", "https://example.org/" + slug);
    m.put("kind", "mentorship");
    m.put("lifecycle", "active");
    m.put("summary", "A test program called " + slug + ".");
    m.put("interests", new ArrayList<>(List.of("python")));
    m.put("provenance", new LinkedHashMap<>(Map.of("source_url", "https://example.org/" + slug, "verified", "2026-11-01")));
    return m;
  }

  public static Map<String, Object> milestone(String kind, String start, String end) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", kind);
    m.put("start", start);
    if (end != null) {
      m.put("end", end);
    }
    return m;
  }

  public static Map<String, Object> cycle(String label, List<Map<String, Object>> milestones) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("label", label);
    m.put("milestones", milestones);
    return m;
  }

  public static Program program(Map<String, Object> listing) {
    return ListingCodec.decode(listing, SourceKind.CATALOG);
  }
}
