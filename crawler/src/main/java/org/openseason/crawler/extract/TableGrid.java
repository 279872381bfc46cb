package org.openseason.crawler.extract;

import org.openseason.crawler.parse.Selectors;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A table as a header row and data rows, however its HTML nests them: real pages put {@code <thead>} inside
 * {@code <tr>}, leave out {@code <thead>}, or use {@code <td>} for headers.
 *
 * @param headers the header texts, in column order
 * @param rows the data rows, each a list of cells in column order
 */
record TableGrid(List<String> headers, List<List<Element>> rows) {

  /** Reads a table: the first row with {@code th} cells is the header; without one, the first row is. */
  static TableGrid of(Element table) {
    List<Element> trs = new ArrayList<>();
    for (Element tr : table.select(Selectors.of("tr"))) {
      if (tr.closest(Selectors.of("table")) == table) {
        trs.add(tr);
      }
    }
    int headerRow = -1;
    for (int i = 0; i < trs.size() && headerRow < 0; i++) {
      if (!trs.get(i).select(Selectors.of("> th")).isEmpty()) {
        headerRow = i;
      }
    }
    if (headerRow < 0 && !trs.isEmpty()) {
      headerRow = 0;
    }
    List<String> headers = headerRow < 0 ? List.of()
        : trs.get(headerRow).select(Selectors.of("> th, > td")).stream().map(Element::text).toList();
    List<List<Element>> rows = new ArrayList<>();
    for (int i = headerRow + 1; i < trs.size(); i++) {
      List<Element> cells = trs.get(i).select(Selectors.of("> td, > th"));
      if (!cells.isEmpty() && !trs.get(i).select(Selectors.of("> td")).isEmpty()) {
        rows.add(cells);
      }
    }
    return new TableGrid(headers, rows);
  }

  /**
   * Which column holds each field: exact header matches first, then headers that contain a name as words; one
   * column per field and one field per column, fields in their declaration order.
   */
  <F extends Enum<F>> Map<F, Integer> columns(Class<F> type, Map<F, List<String>> names) {
    return columns(type, names, Set.of());
  }

  /** Like {@link #columns(Class, Map)}, never placing a field in one of the {@code excluded} columns. */
  <F extends Enum<F>> Map<F, Integer> columns(Class<F> type, Map<F, List<String>> names, Set<Integer> excluded) {
    Map<F, Integer> columns = new EnumMap<>(type);
    for (boolean exact : new boolean[] {true, false}) {
      for (F field : type.getEnumConstants()) {
        List<String> aliases = names.get(field);
        if (aliases == null || columns.containsKey(field)) {
          continue;
        }
        for (int i = 0; i < headers.size(); i++) {
          String header = headers.get(i);
          boolean matches = exact ? Labels.equalsAny(header, aliases) : Labels.containsAny(header, aliases);
          if (matches && !columns.containsValue(i) && !excluded.contains(i)) {
            columns.put(field, i);
            break;
          }
        }
      }
    }
    return columns;
  }

  static Optional<Element> cell(List<Element> row, Integer column) {
    return column != null && column < row.size() ? Optional.of(row.get(column)) : Optional.empty();
  }
}
