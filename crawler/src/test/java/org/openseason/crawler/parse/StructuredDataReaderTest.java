package org.openseason.crawler.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.openseason.crawler.Problem;

class StructuredDataReaderTest {

  @Test
  void findsItemsAtTheTopInArraysInGraphsAndNestedInOthers() {
    String html = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebPage\",\"mainEntity\":{\"@type\":\"EducationalOccupationalProgram\",\"name\":\"P\"}},"
        + "{\"@type\":[\"Event\",\"Thing\"],\"name\":\"E\"}]}</script>"
        + "<script type=\"application/ld+json\">[{\"@type\":\"http://schema.org/JobPosting\",\"title\":\"J\"}]"
        + "</script>";
    List<Problem> problems = new ArrayList<>();
    List<StructuredItem> items = StructuredDataReader.read(Jsoup.parse(html), problems);
    assertThat(items).extracting(StructuredItem::type)
        .containsExactlyInAnyOrder("EducationalOccupationalProgram", "Event", "JobPosting");
    assertThat(problems).isEmpty();
  }

  @Test
  void readsMicrodata() {
    String html = "<div itemscope itemtype=\"https://schema.org/Event\"><span itemprop=\"name\">Kickoff</span>"
        + "<time itemprop=\"startDate\" datetime=\"2026-03-01\">1 March</time>"
        + "<div itemprop=\"location\" itemscope itemtype=\"https://schema.org/Place\"><span itemprop=\"name\">"
        + "Online</span></div></div>";
    List<StructuredItem> items = StructuredDataReader.read(Jsoup.parse(html), new ArrayList<>());
    assertThat(items).singleElement().satisfies(item -> {
      assertThat(item.text("name")).contains("Kickoff");
      assertThat(item.text("startDate")).contains("2026-03-01");
      assertThat(item.text("location")).contains("Online");
    });
  }

  @Test
  void reportsInvalidJsonAndKeepsGoing() {
    List<Problem> problems = new ArrayList<>();
    String html = "<script type=\"application/ld+json\">{\"@type\": \"Event\", </script>"
        + "<script type=\"application/ld+json\">{\"@type\": \"Course\", \"name\": \"C\",}</script>";
    List<StructuredItem> items = StructuredDataReader.read(Jsoup.parse(html), problems);
    assertThat(items).extracting(StructuredItem::type).containsExactly("Course");
    assertThat(problems).extracting(Problem::reason).containsExactly("bad-structured-data");
  }

  @Test
  void refusesDeeplyNestedJson() {
    String deep = "[".repeat(5_000) + "]".repeat(5_000);
    List<Problem> problems = new ArrayList<>();
    StructuredDataReader.read(Jsoup.parse("<script type=\"application/ld+json\">" + deep + "</script>"), problems);
    assertThat(problems).extracting(Problem::reason).containsExactly("bad-structured-data");
  }
}
