package org.openseason.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a document through one of the Python libraries many feed readers and calendar tools are built on
 * (Debian's {@code python3-feedparser}, {@code python3-icalendar}, {@code python3-extruct}). Without the library
 * the test is skipped, saying so with "SKIPPED: ..."; {@code .ci/run} installs them.
 */
public final class PythonClient {

  private PythonClient() {}

  /**
   * Runs {@code script} with the document on standard input and returns what it prints.
   *
   * @param module the Python module the script needs
   * @param script Python code reading {@code sys.stdin}; it fails (non-zero exit) when the client refuses
   * @param document the document
   */
  public static String run(String module, String script, String document) throws IOException, InterruptedException {
    boolean present = python("import " + module, "").exit() == 0;
    if (!present) {
      System.out.println("SKIPPED: python3 module '" + module + "' is not installed (apt-get install python3-"
          + module + ")");
      Assumptions.abort("python3-" + module + " is not installed");
    }
    Result result = python(script, document);
    if (result.exit() != 0) {
      throw new AssertionError("python3 " + module + " refused the document: " + result.output());
    }
    return result.output();
  }

  private record Result(int exit, String output) {}

  private static Result python(String script, String stdin) throws IOException, InterruptedException {
    Path python = Path.of("/usr/bin/python3");
    if (!Files.isExecutable(python)) {
      return new Result(127, "no python3");
    }
    Process process = new ProcessBuilder(List.of(python.toString(), "-c", script)).redirectErrorStream(true).start();
    try (var in = process.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return new Result(124, "timed out");
    }
    return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
  }
}
