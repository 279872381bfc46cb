package org.openseason.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openseason.crawler.Problem;
import org.openseason.crawler.Stage;
import org.openseason.crawler.parse.FeedDocument;
import org.openseason.crawler.parse.FeedItem;
import org.openseason.crawler.parse.ParsedDocument;

/**
 * Reads feed items as announcements, each dated by the item itself (a feed's channel date can be years off), and
 * notices the ones that say applications are open: "Applications are now open", "now accepting applications",
 * "call for mentees", "apply now".
 */
final class FeedExtractor implements Extractor {

  private static final Pattern OPEN = Pattern.compile("(?i)\\b(?:applications?|registrations?|submissions?)\\s+"
      + "(?:are|is)\\s+(?:now\\s+)?open\\b|\\bnow\\s+open\\s+for\\s+applications\\b|\\bopen\\s+for\\s+applications\\b"
      + "|\\b(?:now\\s+)?accepting\\s+(?:applications|applicants|proposals|mentees|participants|contributors)\\b"
      + "|\\bcall\\s+for\\s+(?:applications|mentees|participants|contributors|interns|fellows)\\b"
      + "|\\bapply\\s+(?:now|today)\\b|\\b(?:applications?|registrations?)\\s+(?:now\\s+)?open(?:s|ed)?\\b"
      + "|\\b(?:applications?|registrations?)\\s+(?:have|has)\\s+opened\\b");
  private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]*[.!?]?");

  private final FeedSettings settings;

  FeedExtractor(FeedSettings settings) {
    this.settings = settings;
  }

  @Override
  public RawExtraction extract(ParsedDocument document) {
    if (!(document instanceof FeedDocument feed)) {
      return RawExtraction.problem(Problem.warning(Stage.EXTRACT, ExtractReason.WRONG_DOCUMENT_KIND,
          "the feed extractor reads feeds, not pages"));
    }
    List<RawAnnouncement> announcements = new ArrayList<>();
    for (FeedItem item : feed.items().subList(0, Math.min(settings.maxItems(), feed.items().size()))) {
      announcements.add(new RawAnnouncement(item.title(), item.link(), item.published(), item.summary(),
          openEvidence(item.title()).or(() -> openEvidence(item.summary()))));
    }
    List<Problem> problems = announcements.isEmpty()
        ? List.of(Problem.warning(Stage.EXTRACT, ExtractReason.NOTHING_FOUND, "the feed has no items")) : List.of();
    return new RawExtraction(List.of(), List.of(), List.of(), announcements, problems);
  }

  /** The sentence saying that applications are open, when one does. */
  private static Optional<String> openEvidence(String text) {
    Matcher m = OPEN.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    Matcher sentence = SENTENCE.matcher(text);
    while (sentence.find()) {
      if (sentence.start() <= m.start() && sentence.end() >= m.end()) {
        return Optional.of(Evidence.of(sentence.group()));
      }
    }
    return Optional.of(Evidence.of(m.group()));
  }
}
