package org.openseason.api.crawl;

import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openseason.domain.Program;

/**
 * When each group of a listing's facts was last verified, and where: the crawled fields from their provenance
 * rows, everything else from the listing's own provenance. Facts older than a year may be out of date.
 */
@Singleton
public class Freshness {

  /** Facts last verified longer ago than this are marked as possibly out of date. */
  static final int OUT_OF_DATE_DAYS = 365;

  private final FieldRepository fields;

  Freshness(FieldRepository fields) {
    this.fields = fields;
  }

  /**
   * One group of facts.
   *
   * @param facts what they are: "dates", "project ideas", "eligibility", "other facts"
   * @param verified the day they were last read from their source
   * @param source the page they were read from
   * @param outOfDate true when that day is more than a year ago
   */
  public record Verified(String facts, LocalDate verified, Optional<URI> source, boolean outOfDate) {}

  public List<Verified> of(Program program, Instant now) {
    LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
    Map<String, FieldRow> latest = new LinkedHashMap<>();
    for (FieldRow row : fields.findBySlugOrderByField(program.slug())) {
      latest.merge(group(row.field()), row, (a, b) -> a.fetchedAt().isAfter(b.fetchedAt()) ? a : b);
    }
    List<Verified> out = new ArrayList<>();
    latest.forEach((facts, row) -> {
      LocalDate day = row.fetchedAt().atZone(ZoneOffset.UTC).toLocalDate();
      out.add(new Verified(facts, day, Optional.ofNullable(row.sourceUrl()).map(URI::create), old(day, today)));
    });
    out.sort(Comparator.comparing(Verified::verified).reversed());
    LocalDate listed = program.provenance().verified();
    out.add(new Verified(out.isEmpty() ? "facts" : "other facts", listed, program.provenance().sourceUrl(),
        old(listed, today)));
    return out;
  }

  private static boolean old(LocalDate day, LocalDate today) {
    return day.plusDays(OUT_OF_DATE_DAYS).isBefore(today);
  }

  /** A field path's group as a person names it: {@code cycles[2026].milestones} is "dates". */
  static String group(String field) {
    if (field.startsWith("cycles[")) {
      return field.endsWith(".ideas") ? "project ideas" : "dates";
    }
    int dot = field.indexOf('.');
    String top = dot < 0 ? field : field.substring(0, dot);
    return top.replace('_', ' ');
  }
}
