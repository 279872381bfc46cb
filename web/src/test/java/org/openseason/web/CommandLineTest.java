package org.openseason.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return OpenSeason.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
  }

  @Test
  void servesByDefaultWithThePortAndDataFolderGiven() {
    OpenSeason.CommandLine command = OpenSeason.CommandLine.parse(new String[] {"--port", "9000", "--data", "/tmp/x"});

    assertThat(command.help()).isFalse();
    assertThat(command.selfcheck()).isFalse();
    assertThat(command.port()).contains(9000);
    assertThat(command.data()).contains(Path.of("/tmp/x"));
  }

  @Test
  void printsHelp() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: openseason", "serve", "--port N", "--data DIR");
  }

  @Test
  void refusesAnUnknownOptionWithExitStatus2() {
    assertThat(run("--colour", "red")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option '--colour'", "--help");
  }

  @Test
  void refusesAPortThatIsNotANumber() {
    assertThat(run("serve", "--port", "eighty")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port needs a number from 0 to 65535, not 'eighty'");
  }

  @Test
  void refusesAMissingValue() {
    assertThat(run("--data")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--data needs a value");
  }

  @Test
  void refusesAnUnknownCommand() {
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'frobnicate'");
  }
}
