package org.openseason.crawler.source;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openseason.crawler.extract.ExtractorKind;
import org.openseason.crawler.extract.ExtractorSettings;
import org.openseason.crawler.extract.FeedSettings;
import org.openseason.crawler.extract.ProgramPageSettings;
import org.openseason.crawler.extract.SectionsSettings.IdeaField;
import org.openseason.crawler.extract.SectionsSettings;
import org.openseason.crawler.extract.StructuredDataSettings;
import org.openseason.crawler.extract.TableSettings.RowKind;
import org.openseason.crawler.extract.TableSettings.TableField;
import org.openseason.crawler.extract.TableSettings;
import org.openseason.crawler.extract.TimelineSettings;
import org.openseason.crawler.normalize.TimeZones;
import org.openseason.domain.Keyed;
import org.openseason.listing.Node;

/** Reads one {@code extractors[i]} entry of a source file into its settings record; omitted keys take defaults. */
final class SettingsReader {

  private SettingsReader() {}

  static ExtractorSettings read(Node f) {
    ExtractorKind kind = f.keyed("type", ExtractorKind.class);
    try {
      ExtractorSettings settings = switch (kind) {
        case TABLE -> table(f);
        case SECTIONS -> sections(f);
        case TIMELINE -> timeline(f);
        case PROGRAM_PAGE -> programPage(f);
        case FEED -> new FeedSettings(f.optionalInt("max_items", 1, 1000).orElse(100));
        case STRUCTURED_DATA -> f.has("types") ? new StructuredDataSettings(Set.copyOf(f.texts("types")))
            : StructuredDataSettings.defaults();
      };
      f.requireAllRead();
      return settings;
    } catch (IllegalArgumentException e) {
      throw f.error("type", e.getMessage());
    }
  }

  private static TableSettings table(Node f) {
    Optional<RowKind> kind = f.has("rows") ? Optional.of(f.keyed("rows", RowKind.class)) : Optional.empty();
    Map<TableField, List<String>> columns = keyed(f, "columns", TableField.class);
    return TableSettings.of(kind, columns, f.optionalText("selector"), f.bool("footnotes", true));
  }

  private static SectionsSettings sections(Node f) {
    Optional<Integer> projectLevel = f.optionalInt("project_level", 1, 6);
    Optional<Integer> ideaLevel = f.optionalInt("idea_level", 1, 6);
    Optional<SectionsSettings.Levels> levels = Optional.empty();
    if (projectLevel.isPresent() || ideaLevel.isPresent()) {
      // One level set alone: the other is the next one up or down.
      int project = projectLevel.orElseGet(() -> Math.max(1, ideaLevel.get() - 1));
      int idea = ideaLevel.orElse(project + 1);
      if (idea <= project) {
        throw f.error("idea_level", "must be deeper than project_level (" + project + ")");
      }
      levels = Optional.of(new SectionsSettings.Levels(project, idea));
    }
    return SectionsSettings.of(levels, keyed(f, "labels", IdeaField.class));
  }

  private static TimelineSettings timeline(Node f) {
    List<String> labels = f.has("label_headers") ? f.texts("label_headers") : TimelineSettings.LABEL_HEADERS;
    List<String> dates = f.has("date_headers") ? f.texts("date_headers") : TimelineSettings.DATE_HEADERS;
    Optional<Integer> year = f.optionalInt("year", 1990, 2100);
    String zoneName = f.optionalText("zone").orElse("UTC");
    ZoneId zone = TimeZones.parse(zoneName).orElseGet(() -> {
      try {
        return ZoneId.of(zoneName);
      } catch (DateTimeException e) {
        throw f.error("zone", "'" + zoneName + "' is not a time zone");
      }
    });
    return new TimelineSettings(labels, dates, f.bool("lists", true), year, zone);
  }

  private static ProgramPageSettings programPage(Node f) {
    return new ProgramPageSettings(f.optionalUri("homepage"), f.optionalText("name"), f.bool("only_with_facts", false));
  }

  /** A mapping of field names to lists of texts: {@code labels: {skills: [Skills, Recommended Skills]}}. */
  private static <F extends Enum<F> & Keyed> Map<F, List<String>> keyed(Node f, String key, Class<F> type) {
    return f.optionalNode(key, names -> {
      Map<F, List<String>> out = new EnumMap<>(type);
      for (String name : names.keys()) {
        out.put(names.keyedValue(name, type, name), names.texts(name));
      }
      return out;
    }).orElseGet(() -> new EnumMap<>(type));
  }
}
