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
 * How to read tables: what each row is, and which header names hold which field. A column whose header matches no
 * field (for example "Mentor(s)") is never read.
 *
 * @param rows what one row describes
 * @param columns for each field, the header names that hold it, matched ignoring case and punctuation, exactly
 *     first and then as words within a longer header
 * @param selector a CSS selector for the tables to read; empty reads every table
 * @param footnotes true to attach footnotes below a table ("*Indian students only") to rows marked with their
 *     asterisks
 */
public record TableSettings(RowKind rows, Map<TableField, List<String>> columns, Optional<String> selector,
    boolean footnotes) implements ExtractorSettings {

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
    if (!copy.containsKey(TableField.NAME) || copy.get(TableField.NAME).isEmpty()) {
      throw new IllegalArgumentException("a table needs header names for the name column");
    }
    columns = Collections.unmodifiableMap(copy);
    selector = selector == null ? Optional.empty() : selector;
  }

  /** The usual header names for rows of {@code rows}, every table, footnotes read. */
  public static TableSettings defaults(RowKind rows) {
    return new TableSettings(rows, defaultColumns(rows), Optional.empty(), true);
  }

  /** {@code extra} header names are tried before the default names of the fields they name. */
  public static TableSettings of(RowKind rows, Map<TableField, List<String>> extra, Optional<String> selector,
      boolean footnotes) {
    Map<TableField, List<String>> columns = new EnumMap<>(defaultColumns(rows));
    extra.forEach((field, names) -> {
      List<String> all = new ArrayList<>(names);
      all.addAll(columns.getOrDefault(field, List.of()));
      columns.put(field, all);
    });
    return new TableSettings(rows, columns, selector, footnotes);
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
