package org.openseason.web.crawl;

import java.io.PrintStream;
import org.openseason.api.crawl.CrawlService;
import org.openseason.api.crawl.SourceResult;

/**
 * The crawl's progress on standard error: a bar redrawn in place on a terminal, one line per source otherwise (a
 * log file, a CI run), so that both a person and a log reader can follow it.
 */
final class ProgressLine implements CrawlService.Progress {

  private static final int WIDTH = 24;

  private final PrintStream err;
  private final boolean terminal;
  private int total;
  private int done;

  ProgressLine(PrintStream err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public void started(int sources) {
    total = sources;
    err.println(sources == 0 ? "No source is due." : "Crawling " + sources + (sources == 1 ? " source" : " sources"));
  }

  @Override
  public void finished(SourceResult result) {
    done++;
    String what = result.source() + " " + result.outcome()
        + (result.reason() == null ? "" : " (" + result.reason() + ")");
    if (terminal) {
      int filled = total == 0 ? WIDTH : done * WIDTH / total;
      err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " "
          + pad(what));
      if (done == total) {
        err.println();
      }
    } else {
      err.println("[" + done + "/" + total + "] " + what);
    }
    err.flush();
  }

  /** Long enough to wipe what the last, longer line left behind. */
  private static String pad(String text) {
    String cut = text.length() > 60 ? text.substring(0, 59) + "…" : text;
    return cut + " ".repeat(60 - cut.length());
  }
}
