package org.openseason.crawler.parse;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.openseason.crawler.DocumentKind;
import org.openseason.crawler.Problem;
import org.openseason.crawler.Stage;
import org.openseason.crawler.fetch.Fetched;

/** The parse stage: one parser per document kind, chosen by an exhaustive switch. */
public final class DocumentParsers implements DocumentParser {

  @Override
  public ParseResult parse(Fetched fetched, DocumentKind kind) {
    if (isBlank(fetched.body())) {
      return ParseResult.failed(Problem.fatal(Stage.PARSE, ParseReason.EMPTY_BODY, "the body is empty"), List.of());
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(fetched.body(), fetched.charsetParameter());
    List<Problem> problems = new ArrayList<>(decoded.problems());
    String text = decoded.text();
    URI base = fetched.uri();
    return switch (kind) {
      case HTML -> html(text, base, problems);
      case MARKDOWN -> Markup.looksLikeHtmlDocument(text) ? html(text, base, problems) : markdown(text, base, problems);
      case FEED -> FeedParser.parse(text, base, problems);
    };
  }

  private static ParseResult html(String text, URI base, List<Problem> problems) {
    if (Markup.isTruncated(text)) {
      return ParseResult.failed(Problem.fatal(Stage.PARSE, ParseReason.TRUNCATED_DOCUMENT,
          "the page opens <html> or <body> and never closes them: it was cut off"), problems);
    }
    Document dom = Markup.html(text, base, problems);
    return page(base, dom, Map.of(), false, problems);
  }

  private static ParseResult markdown(String text, URI base, List<Problem> problems) {
    FrontMatter.Split split = FrontMatter.split(text);
    split.problem().ifPresent(problems::add);
    Document dom = Markup.html(Markup.markdownToHtml(split.body()), base, new ArrayList<>());
    return page(base, dom, split.fields(), true, problems);
  }

  private static ParseResult page(URI base, Document dom, Map<String, Object> frontMatter, boolean markdown,
      List<Problem> problems) {
    List<StructuredItem> structured = StructuredDataReader.read(dom, problems);
    return new ParseResult(Optional.of(new HtmlPage(base, dom, frontMatter, structured, markdown)), problems);
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }
}
