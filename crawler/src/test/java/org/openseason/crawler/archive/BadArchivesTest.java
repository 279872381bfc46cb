package org.openseason.crawler.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openseason.crawler.Crawler;
import org.openseason.crawler.DocumentKind;
import org.openseason.crawler.Extraction;
import org.openseason.crawler.FetchInfo;
import org.openseason.crawler.testing.TestConfigs;

/** One small archive per kind of damage, written by the test; the rest of each archive must still be read. */
@Timeout(20)
class BadArchivesTest {

  private static final String A = "https://example.org/a.md";
  private static final String B = "https://example.org/b.md";
  private static final String C = "https://example.org/c.md";

  @TempDir
  Path dir;

  private static byte[] page(String url, boolean digest) {
    return TestArchives.response(url, TestArchives.ARCHIVED, TestArchives.http(200, "text/markdown",
        "# Page " + url.substring(url.lastIndexOf('/') + 1) + "\n\nApplications open in March, 20 hours a week.\n"),
        digest);
  }

  private static Extraction replay(Crawler crawler, String url) {
    return crawler.preview(URI.create(url), DocumentKind.MARKDOWN);
  }

  private static Crawler crawler(Path archive) {
    return Crawler.create(TestConfigs.fast().withArchive(ArchiveSettings.replaying(archive)));
  }

  @ParameterizedTest
  @ValueSource(ints = {25, -25})
  void readsTheRestOfAnArchiveAfterARecordWhoseLengthLies(int by) throws Exception {
    Path archive = TestArchives.write(dir.resolve("lies.warc.gz"), true, page(A, true),
        TestArchives.lyingLength(page(B, true), by), page(C, true));
    try (Crawler crawler = crawler(archive)) {
      assertThat(replay(crawler, A).fetch().outcome()).isEqualTo(FetchInfo.Outcome.FETCHED);
      assertThat(replay(crawler, C).fetch().outcome()).isEqualTo(FetchInfo.Outcome.FETCHED);
      Extraction b = replay(crawler, B);
      assertThat(b.problems()).singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo("bad-archive-record"));
      assertThat(b.programs()).isEmpty();
      assertThat(crawler.replay().orElseThrow().problems()).anySatisfy(p -> {
        assertThat(p.reason()).isEqualTo(ArchiveReason.DIGEST_MISMATCH);
        assertThat(p.target()).contains(URI.create(B));
      });
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {25, -25})
  void blamesARecordWithoutDigestWhenTheNextOneDoesNotStartWhereItEnds(int by) throws Exception {
    Path archive = TestArchives.write(dir.resolve("lies.warc"), false, page(A, false),
        TestArchives.lyingLength(page(B, false), by), page(C, false));
    try (Crawler crawler = crawler(archive)) {
      assertThat(replay(crawler, A).fetch().outcome()).isEqualTo(FetchInfo.Outcome.FETCHED);
      assertThat(replay(crawler, C).fetch().outcome()).isEqualTo(FetchInfo.Outcome.FETCHED);
      assertThat(replay(crawler, B).problems()).singleElement()
          .satisfies(p -> assertThat(p.reason()).isEqualTo("bad-archive-record"));
      assertThat(crawler.replay().orElseThrow().problems()).anySatisfy(p -> {
        assertThat(p.reason()).isEqualTo(ArchiveReason.LENGTH_MISMATCH);
        assertThat(p.target()).contains(URI.create(B));
      });
    }
  }

  @Test
  void reportsATruncatedArchiveAndReadsWhatCameBefore() throws Exception {
    Path whole = TestArchives.write(dir.resolve("whole.warc.gz"), true, page(A, true), page(B, true));
    byte[] bytes = Files.readAllBytes(whole);
    Path archive = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(bytes, bytes.length - 40));
    try (Crawler crawler = crawler(archive)) {
      assertThat(replay(crawler, A).fetch().outcome()).isEqualTo(FetchInfo.Outcome.FETCHED);
      assertThat(replay(crawler, B).fetch().outcome()).isEqualTo(FetchInfo.Outcome.FAILED);
      assertThat(crawler.replay().orElseThrow().problems()).singleElement()
          .satisfies(p -> assertThat(p.reason()).isIn(ArchiveReason.TRUNCATED, ArchiveReason.DIGEST_MISMATCH));
    }
  }

  @Test
  void reportsACorruptGzipMemberAndReadsTheOthers() throws Exception {
    byte[] first = TestArchives.gzip(page(A, true));
    byte[] second = TestArchives.gzip(page(B, true));
    byte[] third = TestArchives.gzip(page(C, true));
    for (int i = 20; i < 40; i++) {
      second[i] ^= 0x5a;
    }
    Path archive = Files.write(dir.resolve("corrupt.warc.gz"), concat(first, second, third));
    try (Crawler crawler = crawler(archive)) {
      assertThat(replay(crawler, A).fetch().outcome()).isEqualTo(FetchInfo.Outcome.FETCHED);
      assertThat(replay(crawler, B).fetch().outcome()).isEqualTo(FetchInfo.Outcome.FAILED);
      assertThat(replay(crawler, C).fetch().outcome()).isEqualTo(FetchInfo.Outcome.FETCHED);
      assertThat(crawler.replay().orElseThrow().problems()).isNotEmpty()
          .allSatisfy(p -> assertThat(p.reason()).isIn(ArchiveReason.CORRUPT_GZIP, ArchiveReason.MALFORMED_RECORD,
              ArchiveReason.DIGEST_MISMATCH));
    }
  }

  @Test
  void readsAnUncompressedArchiveNamedAsGzipAndSaysSo() throws Exception {
    Path archive = TestArchives.write(dir.resolve("plain.warc.gz"), false, page(A, true), page(B, true));
    try (Crawler crawler = crawler(archive)) {
      assertThat(replay(crawler, B).fetch().outcome()).isEqualTo(FetchInfo.Outcome.FETCHED);
      assertThat(crawler.replay().orElseThrow().problems()).singleElement()
          .satisfies(p -> assertThat(p.reason()).isEqualTo(ArchiveReason.NOT_GZIP));
    }
  }

  @Test
  void reportsAFileThatIsNotAWebArchive() throws Exception {
    Path archive = Files.writeString(dir.resolve("notes.warc.gz"), "just some notes\nnothing archived here\n");
    try (Crawler crawler = crawler(archive)) {
      assertThat(replay(crawler, A).problems()).singleElement()
          .satisfies(p -> assertThat(p.reason()).isEqualTo("not-in-archive"));
      assertThat(crawler.replay().orElseThrow().problems()).singleElement()
          .satisfies(p -> assertThat(p.reason()).isEqualTo(ArchiveReason.NOT_WARC));
    }
  }

  @Test
  void reportsGzipThatHoldsNoWebArchive() throws Exception {
    Path archive = Files.write(dir.resolve("text.warc.gz"), TestArchives.gzip("hello, not a WARC\r\n\r\n".getBytes()));
    try (Crawler crawler = crawler(archive)) {
      assertThat(crawler.replay().orElseThrow().problems()).singleElement()
          .satisfies(p -> assertThat(p.reason()).isEqualTo(ArchiveReason.NOT_WARC));
    }
  }

  @Test
  void refusesAnArchiveThatIsNotThere() {
    assertThatThrownBy(() -> WarcArchive.open(dir.resolve("missing.warc.gz"))).isInstanceOf(NoSuchFileException.class);
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
