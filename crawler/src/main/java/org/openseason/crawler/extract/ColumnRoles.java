package org.openseason.crawler.extract;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.openseason.crawler.extract.TableSettings.RowKind;
import org.openseason.crawler.extract.TableSettings.TableField;
import org.openseason.crawler.normalize.DateText;
import org.openseason.crawler.normalize.Technologies;
import org.openseason.crawler.parse.Selectors;

/**
 * What a table's rows are and which column holds which field, as a person reads a table whatever its headers say:
 * headers that name a field place it first (settings' names, then the usual ones); the other columns are placed by
 * their content. The name is the column of linked or bold titles; a column of difficulty words ("Easy",
 * "Intermediate") is the difficulty, one of hours or small/medium/large the size, short lists of known technologies
 * the technologies, bare links the link, long text the description. A column whose header names people (mentors,
 * contacts) or whose cells hold e-mail addresses or handles is never read.
 *
 * @param rows what the rows are
 * @param columns the column of each field found
 */
record ColumnRoles(RowKind rows, Map<TableField, Integer> columns) {

  private static final Pattern PEOPLE = Pattern.compile("(?i)\\b(?:mentors?|co-?mentors?|mentor\\(s\\)|contacts?"
      + "|e-?mails?|maintainers?|owners?|leads?|mentees?|people)\\b");
  private static final Pattern HANDLE = Pattern.compile("(?:^|\\s|\\()@[\\w-]{2,}|[\\w.+-]+@[\\w-]+\\.[\\w.]+");
  private static final Pattern PROJECT_WORDS = Pattern.compile("(?i)\\b(?:ideas?|projects?|mentorships?|tasks?"
      + "|skills?|difficulty|level|size|hours|technolog\\w*|stack|issues?|mentors?|topics?)\\b");
  private static final Pattern PROGRAM_WORDS = Pattern.compile("(?i)\\b(?:programs?|programmes?|organi[sz]ations?"
      + "|stipends?|awards?|prizes?|eligibility|timeline|soc|paid|compensation|internships?|fellowships?)\\b");
  private static final Pattern DIFFICULTY = Pattern.compile("(?i)^(?:very\\s+)?(?:easy|hard|beginner|beginners"
      + "|intermediate|advanced|expert|moderate|difficult|low|high|medium|novice)\\b.{0,25}$");
  private static final Pattern DIFFICULTY_ONLY = Pattern.compile("(?i)\\b(?:easy|hard|beginner|intermediate"
      + "|advanced|expert|novice|moderate|difficult)\\b");
  private static final Pattern SIZE = Pattern.compile("(?i)^(?:~\\s*)?(?:\\d{2,3}\\s*(?:h|hrs?|hours?)\\b"
      + "|\\d+\\s*(?:weeks?|months?)\\b|(?:small|medium|large)\\b|(?:90|175|350)\\b).{0,40}$");
  private static final Pattern URL = Pattern.compile("^https?://\\S+$");
  private static final int SHORT_LINK_TEXT = 24;

  /** The roles of {@code grid}'s columns, if one holds names: without a name column a table lists nothing. */
  static Optional<ColumnRoles> of(TableGrid grid, TableSettings settings, Technologies technologies,
      boolean pageNamesIdeas) {
    Set<Integer> personal = new HashSet<>();
    for (int i = 0; i < grid.headers().size(); i++) {
      if (PEOPLE.matcher(grid.headers().get(i)).find() || share(grid, i, c -> HANDLE.matcher(c.text()).find()) > 0.5) {
        personal.add(i);
      }
    }
    Map<TableField, Integer> byContent = new EnumMap<>(TableField.class);
    contentRoles(grid, personal, technologies, byContent);
    Optional<RowKind> judged = settings.rows().or(() -> judge(grid, byContent, pageNamesIdeas));
    if (judged.isEmpty()) {
      return Optional.empty();
    }
    RowKind rows = judged.get();
    Map<TableField, Integer> columns = grid.columns(TableField.class, settings.columnsFor(rows), personal);
    if (!columns.containsKey(TableField.NAME)) {
      titleColumn(grid, personal, columns)
          .filter(i -> !datedSteps(grid, i))
          .ifPresent(i -> columns.put(TableField.NAME, i));
    }
    if (!columns.containsKey(TableField.NAME)) {
      return Optional.empty();
    }
    for (Map.Entry<TableField, Integer> found : byContent.entrySet()) {
      boolean fits = rows == RowKind.PROJECT || found.getKey() == TableField.LINK
          || found.getKey() == TableField.DESCRIPTION;
      if (fits && !columns.containsKey(found.getKey()) && !columns.containsValue(found.getValue())) {
        columns.put(found.getKey(), found.getValue());
      }
    }
    return Optional.of(new ColumnRoles(rows, columns));
  }

  /**
   * Projects when the headers or the columns' content speak of ideas, programs when they speak of programs; a table
   * that speaks of neither (an archive of rounds with their announcements) lists nothing, unless the page's title
   * names ideas.
   */
  private static Optional<RowKind> judge(TableGrid grid, Map<TableField, Integer> byContent,
      boolean pageNamesIdeas) {
    int project = 0;
    int program = 0;
    for (String header : grid.headers()) {
      project += PROJECT_WORDS.matcher(header).find() ? 1 : 0;
      program += PROGRAM_WORDS.matcher(header).find() ? 1 : 0;
    }
    if (byContent.containsKey(TableField.DIFFICULTY) || byContent.containsKey(TableField.SIZE)
        || byContent.containsKey(TableField.TECHNOLOGIES)) {
      project++;
    }
    if (project == program) {
      return project == 0 && !pageNamesIdeas ? Optional.empty()
          : Optional.of(pageNamesIdeas ? RowKind.PROJECT : RowKind.PROGRAM);
    }
    return Optional.of(project > program ? RowKind.PROJECT : RowKind.PROGRAM);
  }

  /** The leftmost column most of whose cells are titles: linked, or in bold. */
  private static Optional<Integer> titleColumn(TableGrid grid, Set<Integer> personal, Map<TableField, Integer> taken) {
    for (int i = 0; i < width(grid); i++) {
      if (!personal.contains(i) && !taken.containsValue(i) && share(grid, i, ColumnRoles::isTitle) > 0.5) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * True when bold titles without links sit beside a column of dates: a timeline whose steps are in bold, read by
   * the timeline extractor, not a list.
   */
  private static boolean datedSteps(TableGrid grid, int titles) {
    boolean linked = share(grid, titles, c -> c.selectFirst(Selectors.of("a[href]")) != null) > 0.5;
    boolean dated = false;
    for (int i = 0; i < width(grid); i++) {
      dated |= i != titles && share(grid, i, c -> DateText.find(c.text()).isPresent()) > 0.5;
    }
    return dated && !linked;
  }

  private static boolean isTitle(Element cell) {
    String text = cell.text().strip();
    if (text.isEmpty() || URL.matcher(text).matches() || DateText.find(text).isPresent()) {
      return false;
    }
    for (Element mark : cell.select(Selectors.of("a[href], strong, b"))) {
      String marked = mark.text().strip();
      boolean inPage = mark.normalName().equals("a") && mark.attr("href").startsWith("#");
      if (!inPage && marked.length() >= 3 && marked.length() * 2 >= Math.min(text.length(), 120)) {
        return true;
      }
    }
    return false;
  }

  private static void contentRoles(TableGrid grid, Set<Integer> personal, Technologies technologies,
      Map<TableField, Integer> roles) {
    double longest = 0;
    for (int i = 0; i < width(grid); i++) {
      if (personal.contains(i)) {
        continue;
      }
      Optional<TableField> field = Optional.empty();
      if (share(grid, i, c -> DIFFICULTY.matcher(c.text().strip()).matches()) > 0.5
          && share(grid, i, c -> DIFFICULTY_ONLY.matcher(c.text()).find()) > 0) {
        field = Optional.of(TableField.DIFFICULTY);
      } else if (share(grid, i, c -> SIZE.matcher(c.text().strip()).matches()) > 0.5) {
        field = Optional.of(TableField.SIZE);
      } else if (share(grid, i, ColumnRoles::isBareLink) > 0.5) {
        field = Optional.of(TableField.LINK);
      } else if (share(grid, i, c -> isTechnologyList(c.text(), technologies)) > 0.5) {
        field = Optional.of(TableField.TECHNOLOGIES);
      }
      if (field.isPresent()) {
        roles.putIfAbsent(field.get(), i);
        continue;
      }
      double length = averageLength(grid, i);
      if (length >= 40 && length > longest && share(grid, i, ColumnRoles::isTitle) <= 0.5) {
        longest = length;
        roles.put(TableField.DESCRIPTION, i);
      }
    }
  }

  private static boolean isBareLink(Element cell) {
    String text = cell.text().strip();
    if (URL.matcher(text).matches()) {
      return true;
    }
    Element a = cell.selectFirst(Selectors.of("a[href]"));
    return a != null && !a.attr("href").startsWith("#") && text.length() <= SHORT_LINK_TEXT
        && a.text().strip().length() * 2 >= text.length();
  }

  private static boolean isTechnologyList(String text, Technologies technologies) {
    if (text.isBlank() || text.length() > 120) {
      return false;
    }
    List<String> items = Technologies.split(text);
    return !technologies.knownKeys(items).isEmpty() && items.stream().allMatch(item -> item.length() <= 30);
  }

  private static double share(TableGrid grid, int column, Predicate<Element> test) {
    int filled = 0;
    int matching = 0;
    for (List<Element> row : grid.rows()) {
      if (column < row.size() && !row.get(column).text().isBlank()) {
        filled++;
        matching += test.test(row.get(column)) ? 1 : 0;
      }
    }
    return filled == 0 ? 0 : matching / (double) filled;
  }

  private static double averageLength(TableGrid grid, int column) {
    return grid.rows().stream().filter(r -> column < r.size()).mapToInt(r -> r.get(column).text().length())
        .average().orElse(0);
  }

  private static int width(TableGrid grid) {
    return Math.max(grid.headers().size(), grid.rows().stream().mapToInt(List::size).max().orElse(0));
  }
}
