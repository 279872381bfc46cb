package org.openseason.crawler.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds a program's code of conduct and rules among a page's links, by the link's text first and its target
 * second: "Code of Conduct" or {@code .../code-of-conduct.md}; "Rules", "Eligibility", "Program guidelines",
 * "Terms" (but not a site's own terms of use or privacy policy).
 */
final class ProgramLinks {

  private static final Pattern CONDUCT_TEXT = Pattern.compile("(?i)code\\s*of\\s*conduct|\\bcoc\\b");
  private static final Pattern CONDUCT_HREF = Pattern.compile("(?i)code[-_ ]?of[-_ ]?conduct|/coc\\b|conduct");
  private static final List<Pattern> RULES_TEXT = List.of(Pattern.compile("(?i)\\brules\\b"),
      Pattern.compile("(?i)eligibility"), Pattern.compile("(?i)guidelines"), Pattern.compile("(?i)\\bterms\\b"));
  private static final Pattern RULES_HREF = Pattern.compile("(?i)/rules\\b|eligib|guidelines|/terms\\b");
  private static final Pattern SITE_POLICY = Pattern.compile("(?i)privacy|cookie|terms of (?:use|service)|legal"
      + "|trademark");

  private ProgramLinks() {}

  static Optional<String> codeOfConduct(Element root) {
    return first(root, CONDUCT_TEXT, true, false).or(() -> first(root, CONDUCT_HREF, false, false));
  }

  static Optional<String> rules(Element root) {
    for (Pattern text : RULES_TEXT) {
      Optional<String> link = first(root, text, true, true);
      if (link.isPresent()) {
        return link;
      }
    }
    return first(root, RULES_HREF, false, true);
  }

  /**
   * The first web link whose text (or target) matches; a site's own policies never count, and neither, when
   * looking for rules, does the code of conduct ("Community guidelines and code of conduct").
   */
  private static Optional<String> first(Element root, Pattern pattern, boolean byText, boolean notConduct) {
    for (Element a : root.select(Blocks.LINKS)) {
      String href = a.absUrl("href");
      boolean conduct = CONDUCT_TEXT.matcher(a.text()).find();
      if (!href.startsWith("http") || SITE_POLICY.matcher(a.text()).find() || (notConduct && conduct)) {
        continue;
      }
      if (pattern.matcher(byText ? a.text() : href).find()) {
        return Optional.of(href);
      }
    }
    return Optional.empty();
  }
}
