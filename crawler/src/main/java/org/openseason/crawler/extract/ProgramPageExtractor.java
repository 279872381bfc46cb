package org.openseason.crawler.extract;

import org.openseason.crawler.parse.Selectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openseason.crawler.Problem;
import org.openseason.crawler.ProgramFact;
import org.openseason.crawler.Stage;
import org.openseason.crawler.normalize.DateText;
import org.openseason.crawler.parse.HtmlPage;
import org.openseason.crawler.parse.ParsedDocument;
import org.openseason.domain.Compensation;
import org.openseason.domain.CompensationBasis;
import org.openseason.domain.CompensationKind;

/**
 * Reads a program's own page: its name (front matter, {@code og:title}, the first heading, the title), its
 * description, its code of conduct and rules links, and the facts its sentences state. Two facts are also read
 * from what a page does not say: a page that publishes no dates but invites people to get in touch takes people
 * at any time (rolling), and a page that lists what participants gain without any pay word is unpaid.
 */
final class ProgramPageExtractor implements Extractor {

  private static final Pattern ROLLING = Pattern.compile("(?i)\\brolling (?:basis|admissions?|applications?)\\b"
      + "|\\b(?:join|apply|start|begin|reach out|contact us)\\b[^.]{0,30}\\b(?:at )?any ?time\\b|\\byear[- ]round\\b"
      + "|\\bopen all year\\b|\\bno (?:application )?deadlines?\\b|\\bwhenever you(?:'re| are)? ready\\b");
  private static final Pattern INVITATION = Pattern.compile("(?i)reach out|get in touch|contact us|write to us"
      + "|let us know|drop us a|join us");
  private static final Pattern BENEFITS = Pattern.compile("(?i)benefit|what (?:will|would|do|can) (?:i|you) (?:get|gain)"
      + "|perks|why (?:join|participate)|what'?s in it");
  private static final Pattern BACKGROUND_HEADING = Pattern.compile("(?i)background|prerequisite|knowledge");
  private static final Pattern APPLICATION_WORDS = Pattern.compile("(?i)deadline|apply by|applications? (?:open|close"
      + "|are due|period)|cohort|\\bround\\b");

  private final ProgramPageSettings settings;

  ProgramPageExtractor(ProgramPageSettings settings) {
    this.settings = settings;
  }

  @Override
  public RawExtraction extract(ParsedDocument document) {
    if (!(document instanceof HtmlPage page)) {
      return RawExtraction.problem(Problem.warning(Stage.EXTRACT, ExtractReason.WRONG_DOCUMENT_KIND,
          "the program-page extractor reads pages, not feeds"));
    }
    Document dom = page.dom();
    Element main = Blocks.mainContent(dom);
    Optional<String> name = settings.name().or(() -> page.frontMatterText("title")).or(() -> meta(dom, "og:title"))
        .or(() -> text(main.selectFirst(Selectors.of("h1")))).or(() -> Optional.of(dom.title()).filter(t -> !t.isBlank()));
    if (name.isEmpty()) {
      return RawExtraction.problem(Problem.warning(Stage.EXTRACT, ExtractReason.NOTHING_FOUND,
          "the page has no title or heading to name the program"));
    }
    List<Statement> statements = Statement.of(main);
    List<ProgramFact> facts = new ArrayList<>(facts(statements));
    MentorList.of(page).ifPresent(facts::add);
    Optional<String> coc = ProgramLinks.codeOfConduct(dom.body());
    Optional<String> rules = ProgramLinks.rules(dom.body());
    if (settings.onlyWithFacts() && facts.isEmpty() && coc.isEmpty() && rules.isEmpty()) {
      return RawExtraction.EMPTY;
    }
    Optional<String> homepage = settings.homepage().map(Object::toString)
        .or(() -> Optional.ofNullable(dom.selectFirst(Selectors.of("link[rel=canonical][href]"))).map(l -> l.absUrl("href")))
        .filter(h -> !h.isBlank()).or(() -> Optional.of(page.base().toString()));
    Optional<String> description = page.frontMatterText("description").or(() -> meta(dom, "description"))
        .or(() -> meta(dom, "og:description")).or(() -> firstParagraph(main));
    RawProgram program = new RawProgram(name.get(), homepage, description, coc, rules, Optional.empty(), facts);
    return RawExtraction.ofPrograms(List.of(program), List.of());
  }

  private static List<ProgramFact> facts(List<Statement> statements) {
    List<ProgramFact> facts = new ArrayList<>();
    for (Statement statement : statements) {
      for (ProgramFact fact : FactRules.read(statement)) {
        boolean repeatable = fact instanceof ProgramFact.Background || fact instanceof ProgramFact.Countries;
        if (repeatable || facts.stream().noneMatch(f -> f.getClass() == fact.getClass())) {
          facts.add(fact);
        }
      }
    }
    rolling(statements).ifPresent(facts::add);
    if (facts.stream().noneMatch(ProgramFact.Pay.class::isInstance)) {
      unpaid(statements).ifPresent(facts::add);
    }
    if (facts.stream().noneMatch(ProgramFact.Background.class::isInstance)) {
      statements.stream().filter(s -> BACKGROUND_HEADING.matcher(s.heading()).find())
          .max((a, b) -> Integer.compare(a.text().length(), b.text().length()))
          .ifPresent(s -> facts.add(new ProgramFact.Background(Evidence.of(s.text()), Evidence.of(s.text()))));
    }
    return facts;
  }

  private static Optional<ProgramFact> rolling(List<Statement> statements) {
    for (Statement statement : statements) {
      if (ROLLING.matcher(statement.text()).find()) {
        return Optional.of(new ProgramFact.Rolling(true, Evidence.of(statement.text())));
      }
    }
    Optional<Statement> dated = statements.stream()
        .filter(s -> APPLICATION_WORDS.matcher(s.text()).find() && DateText.find(s.text()).isPresent()).findFirst();
    if (dated.isPresent()) {
      return Optional.of(new ProgramFact.Rolling(false, Evidence.of(dated.get().text())));
    }
    boolean anyDate = statements.stream().anyMatch(s -> DateText.find(s.text()).isPresent());
    return statements.stream().filter(s -> !anyDate && INVITATION.matcher(s.text()).find()).findFirst()
        .map(s -> new ProgramFact.Rolling(true,
            Evidence.of("No application dates are published; the page says: " + s.text())));
  }

  private static Optional<ProgramFact> unpaid(List<Statement> statements) {
    if (statements.stream().anyMatch(s -> PayRules.mentionsPay(s.text()))) {
      return Optional.empty();
    }
    return statements.stream().filter(s -> BENEFITS.matcher(s.heading()).find()).findFirst()
        .map(s -> new ProgramFact.Pay(new Compensation(CompensationKind.NONE, Optional.empty(),
            CompensationBasis.FIXED, Optional.empty()),
            Evidence.of(s.heading() + " " + s.text() + " (no stipend, payment or prize is mentioned)")));
  }

  private static Optional<String> meta(Document dom, String name) {
    Element meta = dom.selectFirst(Selectors.of("meta[name=" + name + "][content], meta[property=" + name + "][content]"));
    return meta == null ? Optional.empty() : Optional.of(meta.attr("content").strip()).filter(c -> !c.isEmpty());
  }

  private static Optional<String> text(Element e) {
    return e == null ? Optional.empty() : Optional.of(e.text().strip()).filter(t -> !t.isEmpty());
  }

  private static Optional<String> firstParagraph(Element main) {
    for (Element p : main.select(Selectors.of("p"))) {
      if (!Blocks.isChrome(p) && p.text().length() >= 60) {
        return Optional.of(p.text());
      }
    }
    return Optional.empty();
  }
}
