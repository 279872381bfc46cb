package org.openseason.crawler.extract;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openseason.domain.Keyed;

/**
 * How to read tables: what each row is, and which header names hold which field. A column that names people (for
 * example "Mentor(s)") is never read; columns no header name places are placed by their content ({@link
 * ColumnRoles}).
 *
 * @param rows what one row describes; empty to judge each table by its columns
 * @param columns for each field, header names that hold it besides the usual ones, matched ignoring case and
 *     punctuation, exactly first and then as words within a longer header
 * @param selector a CSS selector for the tables to read; empty reads every table
 * @param footnotes true to attach footnotes below a table ("*Indian students only") to rows marked with their
 *     asterisks
 */
public record TableSettings(Optional<RowKind> rows, Map<TableField, List<String>> columns,
    Optional<String> selector, boolean footnotes) implements ExtractorSettings {

  /** What a table row describes. */
  public enum RowKind implements Keyed {
    PROGRAM, PROJECT
  }

  /** A field a column can hold. */
  public enum TableField implements Keyed {
    NAME, LINK, DESCRIPTION, STIPEND, AWARDS, TIMELINE, ELIGIBILITY, PROJECT, SKILLS, TECHNOLOGIES, DIFFICULTY, SIZE
  }

  public TableSettings {
    requireNonNull(rows, "rows is null");
    Map<TableField, List<String>> copy = new EnumMap<>(TableField.class);
    columns.forEach((field, names) -> copy.put(field, List.copyOf(names)));
    columns = Collections.unmodifiableMap(copy);
    selector = selector == null ? Optional.empty() : selector;
  }

  /** Rows of {@code rows}, the usual header names, every table, footnotes read. */
  public static TableSettings defaults(RowKind rows) {
    return new TableSettings(Optional.of(rows), Map.of(), Optional.empty(), true);
  }

  /** What rows are judged per table, the usual header names, every table, footnotes read. */
  public static TableSettings inferred() {
    return new TableSettings(Optional.empty(), Map.of(), Optional.empty(), true);
  }

  /** {@code extra} header names are tried before the usual names of the fields they name. */
  public static TableSettings of(Optional<RowKind> rows, Map<TableField, List<String>> extra,
      Optional<String> selector, boolean footnotes) {
    return new TableSettings(rows, extra, selector, footnotes);
  }

  /** The header names of each field for rows of {@code kind}: the source's first, then the usual ones. */
  public Map<TableField, List<String>> columnsFor(RowKind kind) {
    Map<TableField, List<String>> all = new EnumMap<>(defaultColumns(kind));
    columns.forEach((field, names) -> {
      List<String> merged = new ArrayList<>(names);
      merged.addAll(all.getOrDefault(field, List.of()));
      all.put(field, merged);
    });
    return all;
  }

  private static Map<TableField, List<String>> defaultColumns(RowKind rows) {
    Map<TableField, List<String>> columns = new EnumMap<>(TableField.class);
    if (rows == RowKind.PROGRAM) {
      columns.put(TableField.NAME, List.of("name", "program", "programs", "soc programs", "program name",
          "organization", "organisation"));
      columns.put(TableField.LINK, List.of("link", "website", "homepage", "url", "site"));
      columns.put(TableField.DESCRIPTION, List.of("description", "about", "details", "summary"));
      columns.put(TableField.STIPEND, List.of("stipend", "paid", "compensation", "pay", "stipends"));
      columns.put(TableField.AWARDS, List.of("awards", "prizes", "rewards", "perks"));
      columns.put(TableField.TIMELINE, List.of("timeline", "dates", "schedule"));
      columns.put(TableField.ELIGIBILITY, List.of("eligibility", "who can apply", "requirements"));
    } else {
      columns.put(TableField.NAME, List.of("mentorship", "project idea", "idea", "title", "name", "project"));
      columns.put(TableField.PROJECT, List.of("related project", "project", "repository", "organization"));
      columns.put(TableField.DESCRIPTION, List.of("description", "summary", "details", "about"));
      columns.put(TableField.SKILLS, List.of("skills", "required skills", "recommended skills", "prerequisites"));
      columns.put(TableField.TECHNOLOGIES, List.of("technologies", "tech stack", "languages", "stack"));
      columns.put(TableField.DIFFICULTY, List.of("difficulty", "level"));
      columns.put(TableField.SIZE, List.of("size", "length", "duration", "hours"));
      columns.put(TableField.LINK, List.of("link", "apply", "url", "issue"));
    }
    return columns;
  }

  @Override
  public ExtractorKind kind() {
    return ExtractorKind.TABLE;
  }
}
