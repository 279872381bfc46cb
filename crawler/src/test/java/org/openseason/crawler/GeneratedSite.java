package org.openseason.crawler;

import java.util.ArrayList;
import java.util.List;

import java.util.Optional;
import java.util.Random;
import org.openseason.crawler.extract.ExtractorSettings;
import org.openseason.crawler.extract.FeedSettings;
import org.openseason.crawler.extract.ProgramPageSettings;
import org.openseason.crawler.extract.SectionsSettings;
import org.openseason.crawler.extract.TableSettings;
import org.openseason.crawler.extract.TimelineSettings;

/**
 * Realistic generated documents for the throughput benchmark, in the shapes of the real sources: term pages with a
 * timeline and a dozen ideas, program pages with facts and JSON-LD, tables of programs, dated deadline lists and RSS
 * feeds. Seeded, so that every run crawls the same corpus.
 */
public final class GeneratedSite {

  private static final String[] WORDS = ("mentor project open source contributor library kubernetes runtime "
      + "observability dashboard plugin scheduler storage network security documentation testing release tooling "
      + "python rust go typescript java data pipeline api cli performance metrics tracing operator").split(" ");
  private static final String[] TECH = {"Go", "Kubernetes", "Python", "Rust", "TypeScript", "React", "Java",
      "Prometheus", "Docker", "Helm", "gRPC", "PostgreSQL"};
  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
      "Nov", "Dec"};

  /** A document and how it is read. */
  public record Page(String path, String contentType, String body, DocumentKind kind, List<ExtractorSettings> extractors) {}

  private final Random random;

  public GeneratedSite(long seed) {
    this.random = new Random(seed);
  }

  public Page page(int n) {
    return switch (n % 5) {
      case 0 -> new Page("/term/" + n + "/README.md", "text/plain; charset=utf-8", termPage(n),
          DocumentKind.MARKDOWN, List.of(SectionsSettings.defaults(), TimelineSettings.defaults()));
      case 1 -> new Page("/program/" + n + "/", "text/html; charset=utf-8", programPage(n), DocumentKind.HTML,
          List.of(ProgramPageSettings.defaults()));
      case 2 -> new Page("/list/" + n + ".html", "text/html; charset=utf-8", listPage(n), DocumentKind.HTML,
          List.of(TableSettings.defaults(TableSettings.RowKind.PROGRAM)));
      case 3 -> new Page("/deadlines/" + n + ".html", "text/html; charset=utf-8", deadlines(n), DocumentKind.HTML,
          List.of(TimelineSettings.defaults()));
      default -> new Page("/feed/" + n + ".xml", "application/rss+xml", feed(n), DocumentKind.FEED,
          List.of(FeedSettings.defaults()));
    };
  }

  private String termPage(int n) {
    StringBuilder md = new StringBuilder("# Term 0" + (1 + n % 3) + " - 2027 " + words(2) + "\n\nStatus: Planning\n\n"
        + "### Timeline\n\n| Activity | Dates (2027) |\n|---|---|\n");
    String[] labels = {"Project Proposals Open", "Mentee Applications Open", "Application Review Period",
        "Selection Notifications", "Mentorship Program Begins", "Midterm Mentee Evaluations", "Final Mentee "
        + "Evaluations", "Last Day of Term"};
    for (int i = 0; i < labels.length; i++) {
      int month = Math.min(11, i + random.nextInt(2));
      md.append("| ").append(labels[i]).append(" | ").append(MONTHS[month]).append(' ').append(1 + random.nextInt(14))
          .append(" – ").append(MONTHS[month]).append(' ').append(15 + random.nextInt(13)).append(", 18:00 UTC |\n");
    }
    md.append("\n## Accepted Projects\n\n");
    for (int p = 0; p < 4; p++) {
      md.append("### ").append(capital(words(2))).append("\n\n");
      for (int i = 0; i < 3; i++) {
        md.append("#### ").append(capital(words(5))).append("\n\n- Description:\n\n  > ").append(sentence(40))
            .append("\n  >\n  > ").append(sentence(30)).append("\n\n- Recommended Skills: ").append(techs())
            .append("\n- Technologies: ").append(techs()).append("\n- Mentor(s):\n  - Someone (@someone")
            .append(i).append(", someone@example.org)\n- Upstream Issue: https://github.com/example/repo/issues/")
            .append(n * 10 + i).append("\n- LFX URL: https://mentorship.example/project/").append(n).append('-')
            .append(p).append('-').append(i).append("\n\n");
      }
    }
    return md.toString();
  }

  private String programPage(int n) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + capital(words(3)) + " Fellowship</title>"
        + "<meta name=\"description\" content=\"" + sentence(20) + "\"><script type=\"application/ld+json\">"
        + "{\"@context\":\"https://schema.org\",\"@type\":\"EducationalOccupationalProgram\",\"name\":\"Program " + n
        + "\",\"applicationDeadline\":\"2027-03-" + (10 + n % 18) + "\"}</script></head><body><nav><a href=\"/\">"
        + "Home</a></nav><main><h1>Program " + n + "</h1><p>" + sentence(60) + "</p><h2>Who can apply</h2><ul>"
        + "<li>Applicants must be 18 or older.</li><li>You do not need to be a student.</li></ul><h2>What you get"
        + "</h2><p>Each participant receives a stipend of $" + (1 + n % 6) + ",000.</p><p>Expect to spend at least "
        + (5 + n % 20) + " hours a week. Mentors meet you every week.</p><p>" + sentence(80) + "</p><p>Read the "
        + "<a href=\"/rules\">rules</a> and the <a href=\"/coc\">Code of Conduct</a>.</p></main>"
        + "<footer>" + sentence(10) + "</footer></body></html>";
  }

  private String listPage(int n) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body><h1>Programs</h1><table><tr><thead>"
        + "<th>Name</th><th>Stipend</th><th>Timeline</th></thead></tr>");
    for (int i = 0; i < 40; i++) {
      html.append("<tr><td><a href=\"https://program").append(i).append(".example/\">").append(capital(words(3)))
          .append("</a></td><td>").append(random.nextBoolean() ? "Yes" : "No").append("</td><td><a href=\"https://"
          + "program").append(i).append(".example/timeline\">timeline</a></td></tr>");
    }
    return html.append("</table><ul><li>*" + sentence(12) + "</li></ul></body></html>").toString();
  }

  private String deadlines(int n) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Deadlines 2027</title></head><body>"
        + "<h2>Dates and deadlines</h2><ul>");
    for (int i = 0; i < 12; i++) {
      html.append("<li>").append(MONTHS[i]).append(' ').append(1 + random.nextInt(27)).append(" - ")
          .append(capital(words(4))).append(" due</li>");
    }
    return html.append("</ul><p>").append(sentence(50)).append("</p></body></html>").toString();
  }

  private String feed(int n) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
        + "<title>Blog " + n + "</title><link>https://blog.example/</link>");
    for (int i = 0; i < 20; i++) {
      xml.append("<item><title>").append(i == 0 ? "Applications are now open" : capital(words(6)))
          .append("</title><link>https://blog.example/").append(n).append('/').append(i).append("</link><pubDate>")
          .append(String.format("Mon, %02d Jan 2027 10:00:00 +0000", 1 + i)).append("</pubDate><description>")
          .append(sentence(50)).append("</description></item>");
    }
    return xml.append("</channel></rss>").toString();
  }

  private String techs() {
    List<String> picked = new ArrayList<>();
    for (int i = 0; i < 3 + random.nextInt(4); i++) {
      picked.add(TECH[random.nextInt(TECH.length)]);
    }
    return String.join(", ", picked);
  }

  private String words(int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return out.toString();
  }

  private String sentence(int count) {
    return capital(words(count)) + ".";
  }

  private static String capital(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static SourceSpec source(String id, java.net.URI url, Page page) {
    return new SourceSpec(id, url, page.kind(), page.extractors(), Optional.empty(), null);
  }

}
