package org.openseason.crawler.extract;

import java.util.Set;
import org.openseason.crawler.parse.StructuredDataReader;

/**
 * How to read schema.org items.
 *
 * @param types the schema.org types to read; the crawler knows EducationalOccupationalProgram (and
 *     WorkBasedProgram), Course (and CourseInstance), JobPosting and Event (and its subtypes)
 */
public record StructuredDataSettings(Set<String> types) implements ExtractorSettings {

  public static final Set<String> KNOWN = StructuredDataReader.TYPES;

  public StructuredDataSettings {
    types = Set.copyOf(types);
    for (String type : types) {
      if (!KNOWN.contains(type)) {
        throw new IllegalArgumentException("schema.org type '" + type + "' is not one of " + KNOWN);
      }
    }
  }

  public static StructuredDataSettings defaults() {
    return new StructuredDataSettings(KNOWN);
  }

  @Override
  public ExtractorKind kind() {
    return ExtractorKind.STRUCTURED_DATA;
  }
}
