package org.openseason.crawler.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontMatterTest {

  @Test
  void splitsYamlFrontMatterAndKeepsItsFields() {
    FrontMatter.Split split = FrontMatter.split("---\ntitle : \"A mentoring page\"\ndate: 2024-08-10\n"
        + "lastmod: 2024-08-15\n---\n\n# Body\n");
    assertThat(split.fields()).containsEntry("title", "A mentoring page").containsEntry("date", "2024-08-10")
        .containsEntry("lastmod", "2024-08-15");
    assertThat(split.body().strip()).isEqualTo("# Body");
  }

  @Test
  void splitsHugoTomlFrontMatter() {
    FrontMatter.Split split = FrontMatter.split("+++\ntitle = \"Ideas\"\ndraft = false\n+++\nText");
    assertThat(split.fields()).containsEntry("title", "Ideas");
    assertThat(split.body()).isEqualTo("Text");
  }

  @Test
  void leavesAFileWithoutFrontMatterAlone() {
    assertThat(FrontMatter.split("# Title\n\n---\n\nMore").fields()).isEmpty();
  }

  @Test
  void reportsBrokenFrontMatterAndKeepsTheBody() {
    FrontMatter.Split split = FrontMatter.split("---\ntitle: [unclosed\n---\nBody");
    assertThat(split.problem()).isPresent();
    assertThat(split.body()).isEqualTo("Body");
  }

  @Test
  void refusesAliasBombsInFrontMatter() {
    StringBuilder yaml = new StringBuilder("---\na: &a [x,x,x,x,x,x,x,x,x]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      char prev = (char) (c - 1);
      yaml.append(c).append(": &").append(c).append(" [*").append(prev).append(",*").append(prev).append(",*")
          .append(prev).append(",*").append(prev).append("]\n");
    }
    yaml.append("---\nBody");
    assertThat(FrontMatter.split(yaml.toString()).problem()).isPresent();
  }
}
