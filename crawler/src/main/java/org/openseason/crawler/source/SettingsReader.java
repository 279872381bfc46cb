package org.openseason.crawler.source;

import java.net.URI;
import java.net.URISyntaxException;
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
import org.openseason.domain.Urls;

/** Reads one {@code extractors[i]} entry of a source file into its settings record; omitted keys take defaults. */
final class SettingsReader {

  private SettingsReader() {}

  static ExtractorSettings read(Fields f) {
    String type = f.string("type");
    ExtractorKind kind = Keyed.byKey(ExtractorKind.class, type)
        .orElseThrow(() -> f.error("type", "'" + type + "' is not one of " + Keyed.keysOf(ExtractorKind.class)));
    try {
      ExtractorSettings settings = switch (kind) {
        case TABLE -> table(f);
        case SECTIONS -> sections(f);
        case TIMELINE -> timeline(f);
        case PROGRAM_PAGE -> programPage(f);
        case FEED -> new FeedSettings(f.integer("max_items", 100, 1, 1000));
        case STRUCTURED_DATA -> f.has("types") ? new StructuredDataSettings(Set.copyOf(f.strings("types")))
            : StructuredDataSettings.defaults();
      };
      f.requireAllRead();
      return settings;
    } catch (IllegalArgumentException e) {
      throw f.error("type", e.getMessage());
    }
  }

  private static TableSettings table(Fields f) {
    String rows = f.optionalString("rows").orElse("program");
    RowKind kind = Keyed.byKey(RowKind.class, rows)
        .orElseThrow(() -> f.error("rows", "'" + rows + "' is not one of " + Keyed.keysOf(RowKind.class)));
    Map<TableField, List<String>> columns = keyed(f, "columns", TableField.class);
    return TableSettings.of(kind, columns, f.optionalString("selector"), f.bool("footnotes", true));
  }

  private static SectionsSettings sections(Fields f) {
    int project = f.integer("project_level", 3, 1, 6);
    int idea = f.integer("idea_level", 4, 1, 6);
    if (idea <= project) {
      throw f.error("idea_level", "must be deeper than project_level (" + project + ")");
    }
    return SectionsSettings.of(project, idea, keyed(f, "labels", IdeaField.class));
  }

  private static TimelineSettings timeline(Fields f) {
    List<String> labels = f.has("label_headers") ? f.strings("label_headers") : TimelineSettings.LABEL_HEADERS;
    List<String> dates = f.has("date_headers") ? f.strings("date_headers") : TimelineSettings.DATE_HEADERS;
    Optional<Integer> year = f.optionalInteger("year", 1990, 2100);
    String zoneName = f.optionalString("zone").orElse("UTC");
    ZoneId zone = TimeZones.parse(zoneName).orElseGet(() -> {
      try {
        return ZoneId.of(zoneName);
      } catch (DateTimeException e) {
        throw f.error("zone", "'" + zoneName + "' is not a time zone");
      }
    });
    return new TimelineSettings(labels, dates, f.bool("lists", true), year, zone);
  }

  private static ProgramPageSettings programPage(Fields f) {
    Optional<URI> homepage = f.optionalString("homepage").map(text -> {
      try {
        URI uri = new URI(text);
        if (!Urls.isWebUrl(uri)) {
          throw f.error("homepage", "'" + text + "' is not an absolute http(s) URL");
        }
        return uri;
      } catch (URISyntaxException e) {
        throw f.error("homepage", "'" + text + "' is not a URL");
      }
    });
    return new ProgramPageSettings(homepage, f.optionalString("name"), f.bool("only_with_facts", false));
  }

  private static <F extends Enum<F> & Keyed> Map<F, List<String>> keyed(Fields f, String key, Class<F> type) {
    Map<F, List<String>> out = new EnumMap<>(type);
    for (Map.Entry<String, List<String>> entry : f.stringLists(key).entrySet()) {
      F field = Keyed.byKey(type, entry.getKey()).orElseThrow(() -> f.error(key + "." + entry.getKey(),
          "is not one of " + Keyed.keysOf(type)));
      out.put(field, entry.getValue());
    }
    return out;
  }
}
