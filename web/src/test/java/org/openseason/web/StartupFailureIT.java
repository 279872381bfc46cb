package org.openseason.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupFailureIT {

  @Test
  void failsFastWithOneClearLineWhenTheDatabaseIsUnreachable(@TempDir Path data) throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        OpenSeason.run(
            new String[] {"serve", "--port", "0", "--data", data.toString()},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of(
                "datasources.default.url", "jdbc:postgresql://127.0.0.1:" + closedPort + "/openseason",
                "datasources.default.username", "nobody",
                "datasources.default.password", "",
                "datasources.default.connection-timeout", 1000));

    String printed = err.toString(StandardCharsets.UTF_8);
    assertThat(status).isEqualTo(1);
    assertThat(printed.lines()).hasSize(1);
    assertThat(printed).startsWith("openseason: could not start: the database cannot be reached");
  }
}
