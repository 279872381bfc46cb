package org.openseason.crawler.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openseason.crawler.Problem;
import org.openseason.crawler.Stage;

/**
 * Finds schema.org items of the types the crawler reads, wherever a page has them: JSON-LD blocks (top level,
 * arrays, {@code @graph}, and items nested in other items such as a {@code WebPage}'s {@code mainEntity}) and
 * microdata ({@code itemscope}/{@code itemtype}/{@code itemprop}).
 */
public final class StructuredDataReader {

  /** The schema.org types read, wherever they appear; their subtypes the crawler knows are listed too. */
  public static final Set<String> TYPES = Set.of("EducationalOccupationalProgram", "WorkBasedProgram", "Course",
      "CourseInstance", "Event", "EducationEvent", "Hackathon", "BusinessEvent", "SocialEvent", "JobPosting");

  private static final int MAX_ITEMS = 200;

  /** Real JSON-LD has comments, trailing commas and raw newlines in strings: accept those, but bound the nesting. */
  private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
              .maxStringLength(1_000_000).maxNumberLength(100).build())
          .build())
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .build();

  private StructuredDataReader() {}

  static List<StructuredItem> read(Document dom, List<Problem> problems) {
    List<StructuredItem> items = new ArrayList<>();
    for (Element script : dom.select(Selectors.of("script[type~=(?i)application/ld\\+json]"))) {
      try {
        collect(JSON.readValue(script.data(), Object.class), items, 0);
      } catch (JsonProcessingException e) {
        problems.add(Problem.warning(Stage.PARSE, ParseReason.BAD_STRUCTURED_DATA,
            "a JSON-LD block is not valid JSON: " + e.getOriginalMessage()));
      }
    }
    for (Element scope : dom.select(Selectors.of("[itemscope][itemtype]"))) {
      String type = typeName(scope.attr("itemtype").strip().split("\\s+")[0]);
      if (TYPES.contains(type) && items.size() < MAX_ITEMS) {
        items.add(new StructuredItem(type, Microdata.properties(scope, 0)));
      }
    }
    return items;
  }

  private static void collect(Object node, List<StructuredItem> items, int depth) {
    if (depth > 32 || items.size() >= MAX_ITEMS) {
      return;
    }
    if (node instanceof List<?> list) {
      list.forEach(child -> collect(child, items, depth + 1));
    } else if (node instanceof Map<?, ?> map) {
      for (String type : types(map.get("@type"))) {
        if (TYPES.contains(type)) {
          @SuppressWarnings("unchecked")
          Map<String, Object> properties = (Map<String, Object>) map;
          items.add(new StructuredItem(type, properties));
          break;
        }
      }
      map.values().forEach(child -> collect(child, items, depth + 1));
    }
  }

  private static List<String> types(Object type) {
    if (type instanceof String s) {
      return List.of(typeName(s));
    }
    if (type instanceof List<?> list) {
      return list.stream().filter(String.class::isInstance).map(t -> typeName((String) t)).toList();
    }
    return List.of();
  }

  /** {@code https://schema.org/Event} and {@code schema:Event} are both {@code Event}. */
  static String typeName(String type) {
    String name = type.strip();
    int cut = Math.max(name.lastIndexOf('/'), Math.max(name.lastIndexOf('#'), name.lastIndexOf(':')));
    return cut >= 0 ? name.substring(cut + 1) : name;
  }
}
