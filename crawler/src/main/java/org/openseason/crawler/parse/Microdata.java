package org.openseason.crawler.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/** Reads the properties of one microdata item, following the HTML specification's rules for property values. */
final class Microdata {

  private Microdata() {}

  static Map<String, Object> properties(Element scope, int depth) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("@type", StructuredDataReader.typeName(scope.attr("itemtype").strip().split("\\s+")[0]));
    for (Element property : scope.select(Selectors.of("[itemprop]"))) {
      if (property == scope || owner(property) != scope) {
        continue;
      }
      Object value = property.hasAttr("itemscope") && depth < 5 ? properties(property, depth + 1) : value(property);
      for (String name : property.attr("itemprop").strip().split("\\s+")) {
        add(properties, name, value);
      }
    }
    return properties;
  }

  /** The item a property belongs to: its nearest ancestor with {@code itemscope}. */
  private static Element owner(Element property) {
    for (Element parent = property.parent(); parent != null; parent = parent.parent()) {
      if (parent.hasAttr("itemscope")) {
        return parent;
      }
    }
    return null;
  }

  private static String value(Element e) {
    return switch (e.normalName()) {
      case "meta" -> e.attr("content");
      case "a", "link", "area" -> e.absUrl("href").isEmpty() ? e.attr("href") : e.absUrl("href");
      case "img", "audio", "video", "source", "iframe", "embed", "track" -> e.absUrl("src");
      case "time" -> e.hasAttr("datetime") ? e.attr("datetime") : e.text();
      case "data", "meter" -> e.attr("value");
      default -> e.hasAttr("content") ? e.attr("content") : e.text();
    };
  }

  private static void add(Map<String, Object> properties, String name, Object value) {
    Object existing = properties.get(name);
    if (existing == null) {
      properties.put(name, value);
    } else if (existing instanceof List<?> list) {
      @SuppressWarnings("unchecked")
      List<Object> values = (List<Object>) list;
      values.add(value);
    } else {
      List<Object> values = new ArrayList<>();
      values.add(existing);
      values.add(value);
      properties.put(name, values);
    }
  }
}
