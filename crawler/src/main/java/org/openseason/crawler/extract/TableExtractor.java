package org.openseason.crawler.extract;

import org.openseason.crawler.parse.Selectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;
import org.openseason.crawler.Problem;
import org.openseason.crawler.ProgramFact;
import org.openseason.crawler.Stage;
import org.openseason.crawler.extract.TableSettings.RowKind;
import org.openseason.crawler.extract.TableSettings.TableField;
import org.openseason.crawler.normalize.Technologies;
import org.openseason.crawler.parse.HtmlPage;
import org.openseason.crawler.parse.ParsedDocument;

/**
 * Reads every table with a column of names: each data row is a program candidate (a list of programs) or a project
 * idea (a table of mentorships), its fields taken from the columns {@link ColumnRoles} places by header or
 * content. Columns that hold no field, and columns of people such as mentors, are never read.
 */
final class TableExtractor implements Extractor {

  private final TableSettings settings;
  private final Technologies technologies;

  TableExtractor(TableSettings settings, Technologies technologies) {
    this.settings = settings;
    this.technologies = technologies;
  }

  @Override
  public RawExtraction extract(ParsedDocument document) {
    if (!(document instanceof HtmlPage page)) {
      return RawExtraction.problem(Problem.warning(Stage.EXTRACT, ExtractReason.WRONG_DOCUMENT_KIND,
          "the table extractor reads pages, not feeds"));
    }
    Elements tables;
    try {
      tables = page.dom().select(Selectors.of(settings.selector().orElse("table")));
    } catch (Selector.SelectorParseException e) {
      return RawExtraction.problem(Problem.warning(Stage.EXTRACT, ExtractReason.BAD_SELECTOR, e.getMessage()));
    }
    List<RawProgram> programs = new ArrayList<>();
    List<RawProject> projects = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    boolean namesIdeas = HeadingLevels.namesIdeas(PageTitle.of(page));
    for (Element table : tables) {
      TableGrid grid = TableGrid.of(table);
      Optional<ColumnRoles> roles = ColumnRoles.of(grid, settings, technologies, namesIdeas);
      // A one-row table whose kind is only judged is the attributes of what is above it, not a list; nor is a
      // table under a heading that names people (past mentees, mentor contacts): a roster.
      if (roles.isEmpty() || (settings.rows().isEmpty() && grid.rows().size() < 2)
          || Blocks.headingAbove(table).filter(LabelWords::namesPeople).isPresent()) {
        continue;
      }
      Map<TableField, Integer> columns = roles.get().columns();
      RowKind kind = roles.get().rows();
      Footnotes footnotes = settings.footnotes() ? Footnotes.below(table) : Footnotes.NONE;
      for (List<Element> row : grid.rows()) {
        Optional<Element> nameCell = TableGrid.cell(row, columns.get(TableField.NAME));
        Optional<String> name = nameCell.map(TableExtractor::title).filter(n -> !n.isBlank());
        if (name.isEmpty()) {
          problems.add(Problem.warning(Stage.EXTRACT, ExtractReason.INCOMPLETE_ITEM,
              "a table row without a name: " + Evidence.of(row.stream().map(Element::text).toList().toString())));
          continue;
        }
        Cells cells = new Cells(row, columns);
        Optional<String> link = cells.link(TableField.LINK).or(() -> nameCell.flatMap(TableExtractor::firstLink));
        if (kind == RowKind.PROGRAM) {
          programs.add(new RawProgram(name.get(), link, cells.text(TableField.DESCRIPTION), Optional.empty(),
              Optional.empty(), cells.link(TableField.TIMELINE), facts(cells, footnotes)));
        } else {
          projects.add(new RawProject(name.get(), cells.text(TableField.PROJECT), cells.text(TableField.DESCRIPTION),
              cells.list(TableField.SKILLS), cells.list(TableField.TECHNOLOGIES), cells.text(TableField.DIFFICULTY),
              cells.text(TableField.SIZE), link));
        }
      }
    }
    if (programs.isEmpty() && projects.isEmpty() && problems.isEmpty()) {
      problems.add(Problem.warning(Stage.EXTRACT, ExtractReason.NOTHING_FOUND,
          "no table with a column of names"));
    }
    return new RawExtraction(programs, projects, List.of(), List.of(), problems);
  }

  private static List<ProgramFact> facts(Cells cells, Footnotes footnotes) {
    List<ProgramFact> facts = new ArrayList<>();
    cells.raw(TableField.STIPEND).flatMap(t -> PayRules.cell(t, true, Evidence.of("Stipend: " + t)))
        .ifPresent(facts::add);
    cells.raw(TableField.AWARDS).flatMap(t -> PayRules.cell(t, false, Evidence.of(t))).ifPresent(facts::add);
    cells.raw(TableField.ELIGIBILITY).ifPresent(text -> {
      facts.addAll(FactRules.read(new Statement(text, "Eligibility")));
      facts.add(new ProgramFact.Rule(Evidence.of(text), Evidence.of(text)));
    });
    for (String text : cells.all()) {
      footnotes.forCell(text).ifPresent(note -> {
        facts.addAll(FactRules.read(new Statement(note, "")));
        facts.add(new ProgramFact.Rule(Evidence.of(note), Evidence.of(note)));
      });
    }
    return facts;
  }

  /** A name cell's name: its bold text when it has some, else its first line, footnote marks removed. */
  private static String title(Element cell) {
    Element bold = cell.selectFirst(Selectors.of("strong, b"));
    String text = bold != null && !bold.text().isBlank() ? bold.text() : Blocks.text(cell).split("\n", 2)[0];
    return text.replaceAll("\\*+\\s*$", "").strip();
  }

  private static Optional<String> firstLink(Element cell) {
    Element a = cell.selectFirst(Selectors.of("a[href]"));
    return a == null ? Optional.empty() : Optional.of(a.absUrl("href")).filter(h -> h.startsWith("http"));
  }

  /** The cells of one row, by field. */
  private record Cells(List<Element> row, Map<TableField, Integer> columns) {

    Optional<String> raw(TableField field) {
      return TableGrid.cell(row, columns.get(field)).map(Element::text).map(String::strip).filter(t -> !t.isEmpty());
    }

    Optional<String> text(TableField field) {
      return raw(field).map(t -> t.replaceAll("\\*+$", "").strip()).filter(t -> !t.isEmpty());
    }

    Optional<String> link(TableField field) {
      return TableGrid.cell(row, columns.get(field)).flatMap(TableExtractor::firstLink)
          .or(() -> raw(field).filter(t -> t.matches("https?://\\S+")));
    }

    List<String> list(TableField field) {
      return text(field).map(Technologies::split).orElse(List.of());
    }

    List<String> all() {
      return row.stream().map(Element::text).toList();
    }
  }
}
