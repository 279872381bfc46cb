package org.openseason.crawler.extract;

import org.openseason.crawler.parse.Selectors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.openseason.crawler.Problem;
import org.openseason.crawler.Stage;
import org.openseason.crawler.normalize.DateRange;
import org.openseason.crawler.normalize.DateText;
import org.openseason.crawler.parse.HtmlPage;
import org.openseason.crawler.parse.ParsedDocument;

/**
 * Reads milestones from activity/date tables (by their header names, or any table of up to four columns one of
 * which is mostly dates) and from dated list items: "Feb 4 - Sub-org applications due", "05 Feb 2025 - 15 Mar 2025
 * mentee applications", "Applications close: March 5". Dates without a year take it from the date column's header
 * ("Dates (2026)"), the nearest heading above that names a year, another item of the same list, an earlier dated
 * item under the same heading, the settings, or the page's title, in that order.
 */
final class TimelineExtractor implements Extractor {

  private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s\\-–—:,.|)\\]]+");
  private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s\\-–—:,|(\\[]+$");
  private static final int MAX_LABEL_TAIL = 60;
  private static final int MAX_DATED_COLUMNS = 4;

  private final TimelineSettings settings;

  TimelineExtractor(TimelineSettings settings) {
    this.settings = settings;
  }

  @Override
  public RawExtraction extract(ParsedDocument document) {
    if (!(document instanceof HtmlPage page)) {
      return RawExtraction.problem(Problem.warning(Stage.EXTRACT, ExtractReason.WRONG_DOCUMENT_KIND,
          "the timeline extractor reads pages, not feeds"));
    }
    Optional<Integer> pageYear = PageYear.of(page);
    Map<String, RawMilestone> milestones = new LinkedHashMap<>();
    for (Element table : page.dom().select(Selectors.of("table"))) {
      tableRows(table, pageYear).forEach(m -> milestones.putIfAbsent(m.label() + "\n" + m.dates(), m));
    }
    if (settings.lists()) {
      // A timeline often states the year once, on its first dated item: later items under the same heading
      // without one take it.
      Map<String, Integer> sectionYears = new LinkedHashMap<>();
      for (Element li : page.dom().select(Selectors.of("li"))) {
        if (li.select(Blocks.LISTS).isEmpty() && !Blocks.isChrome(li)) {
          String section = Blocks.headingAbove(li).orElse("");
          Optional<RawMilestone> found = listItem(li, Optional.ofNullable(sectionYears.get(section)), pageYear);
          found.flatMap(m -> Blocks.year(m.dates())).ifPresent(year -> sectionYears.putIfAbsent(section, year));
          found.ifPresent(m -> milestones.putIfAbsent(m.label() + "\n" + m.dates(), m));
        }
      }
    }
    List<Problem> problems = new ArrayList<>();
    if (milestones.isEmpty()) {
      problems.add(Problem.warning(Stage.EXTRACT, ExtractReason.NOTHING_FOUND,
          "no activity/date table and no dated list items"));
    }
    return RawExtraction.ofMilestones(List.copyOf(milestones.values()), problems);
  }

  private List<RawMilestone> tableRows(Element table, Optional<Integer> pageYear) {
    TableGrid grid = TableGrid.of(table);
    int label = -1;
    int date = -1;
    for (int i = 0; i < grid.headers().size(); i++) {
      String header = grid.headers().get(i);
      if (date < 0 && Labels.containsAny(header, settings.dateHeaders())) {
        date = i;
      } else if (label < 0 && Labels.containsAny(header, settings.labelHeaders())) {
        label = i;
      }
    }
    if ((label < 0 || date < 0) && grid.headers().size() <= MAX_DATED_COLUMNS) {
      // Headers that name neither: the column of dates is the one most of whose cells are dates, whatever its
      // header ("Wann", "2026", none), and the step is the first other column with words.
      date = -1;
      label = -1;
      for (int i = 0; i < grid.headers().size() && date < 0; i++) {
        if (mostlyDates(grid, i)) {
          date = i;
        }
      }
      for (int i = 0; i < grid.headers().size() && label < 0 && date >= 0; i++) {
        if (i != date && !mostlyDates(grid, i)) {
          label = i;
        }
      }
    }
    if (label < 0 || date < 0) {
      return List.of();
    }
    Optional<Integer> year = date < grid.headers().size() ? Blocks.year(grid.headers().get(date)) : Optional.empty();
    Optional<Integer> hint = year.or(() -> Blocks.yearOfHeadingAbove(table)).or(settings::year).or(() -> pageYear);
    List<RawMilestone> rows = new ArrayList<>();
    for (List<Element> row : grid.rows()) {
      Optional<Element> labelCell = TableGrid.cell(row, label);
      Optional<Element> dateCell = TableGrid.cell(row, date);
      if (labelCell.isPresent() && dateCell.isPresent() && !labelCell.get().text().isBlank()) {
        rows.add(new RawMilestone(labelCell.get().text(), dateCell.get().text(), hint, Optional.empty(),
            settings.zone()));
      }
    }
    return rows;
  }

  private static boolean mostlyDates(TableGrid grid, int column) {
    long dated = grid.rows().stream()
        .filter(r -> r.size() > column && DateText.find(r.get(column).text()).isPresent()).count();
    return !grid.rows().isEmpty() && dated * 2 > grid.rows().size();
  }

  /** A list item that starts with a date ("Feb 4 - Sub-org applications due") or ends with one after a colon. */
  private Optional<RawMilestone> listItem(Element li, Optional<Integer> sectionYear, Optional<Integer> pageYear) {
    String text = li.text().strip();
    Optional<DateRange> found = DateText.find(text);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    DateRange range = found.get();
    String before = text.substring(0, range.from());
    String after = text.substring(range.to());
    String label;
    if (LEADING_SEPARATORS.matcher(before).replaceAll("").isBlank()) {
      label = LEADING_SEPARATORS.matcher(after).replaceFirst("").strip();
    } else if (before.strip().matches(".*[:\\-–—]$") && (after.strip().length() <= MAX_LABEL_TAIL
        || after.strip().startsWith("("))) {
      label = TRAILING_SEPARATORS.matcher(before).replaceFirst("").strip();
    } else {
      return Optional.empty();
    }
    if (label.isEmpty()) {
      return Optional.empty();
    }
    // A list that gives the year on one of its items gives it to all ("April 2021", then "May 3rd - May 17th").
    Optional<Integer> hint = Blocks.yearOfHeadingAbove(li)
        .or(() -> Optional.ofNullable(li.parent()).flatMap(list -> Blocks.year(list.text())))
        .or(() -> sectionYear).or(settings::year).or(() -> pageYear);
    return Optional.of(new RawMilestone(label, text.substring(range.from(), range.to()), hint, Optional.empty(),
        settings.zone()));
  }
}
