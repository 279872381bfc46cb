package org.openseason.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openseason.web.account.AdminCommand;
import org.openseason.web.account.AdminOptions;
import org.openseason.web.crawl.CrawlCommand;
import org.openseason.web.crawl.CrawlOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The command line: {@code openseason [serve] [--port N] [--data DIR]}, {@code openseason crawl ...},
 * {@code openseason admin ...}, {@code openseason --help}.
 *
 * <p>Start-up failures end with one clear line and exit status 1, not a stack trace: the usual one is a database
 * that cannot be reached.
 */
public final class OpenSeason {

  private static final Logger LOG = LoggerFactory.getLogger(OpenSeason.class);

  static final String USAGE =
      """
      Usage: openseason [COMMAND] [OPTIONS]

      Commands:
        serve            Run the web server and API (the default).
        selfcheck        Start on a free port with a temporary database, search once, stop; exit 0 when it works.
        crawl            Crawl the due sources into the database, or preview a page: see 'openseason crawl --help'.
        admin            Administrator accounts and API tokens: 'openseason admin create --name NAME' makes the
                         first one (password asked without echo); 'admin token', 'admin list': see 'admin --help'.
        help             Show this help.

      Options for serve:
        --port N         Listen on port N (default 8080).
        --data DIR       Keep the embedded database and the search index in DIR (default ./data).

      Environment:
        DATASOURCES_DEFAULT_URL, DATASOURCES_DEFAULT_USERNAME, DATASOURCES_DEFAULT_PASSWORD
                         Use PostgreSQL (jdbc:postgresql://host:5432/db) instead of the embedded database.
      """;

  private OpenSeason() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err, Map.of());
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs a command; returns the exit status, or starts the server and returns 0 while it runs.
   *
   * @param overrides configuration that wins over the command line and the environment (for tests)
   */
  static int run(String[] args, PrintStream out, PrintStream err, Map<String, Object> overrides) {
    return run(args, System.in, out, err, overrides);
  }

  /** As {@link #run(String[], PrintStream, PrintStream, Map)}, reading a password from {@code in}. */
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, Object> overrides) {
    if (args.length > 0 && args[0].equals("admin")) {
      return admin(java.util.Arrays.asList(args).subList(1, args.length), in, out, err, overrides);
    }
    if (args.length > 0 && args[0].equals("crawl")) {
      return crawl(java.util.Arrays.asList(args).subList(1, args.length), out, err, overrides);
    }
    CommandLine command;
    try {
      command = CommandLine.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("openseason: " + e.getMessage());
      err.println("Try 'openseason --help'.");
      return 2;
    }
    if (command.help()) {
      out.print(USAGE);
      return 0;
    }
    if (command.selfcheck()) {
      return SelfCheck.run(out, err);
    }
    return serve(command, err, overrides);
  }

  private static int crawl(List<String> args, PrintStream out, PrintStream err, Map<String, Object> overrides) {
    CrawlOptions options;
    try {
      options = CrawlOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("openseason crawl: " + e.getMessage());
      err.println("Try 'openseason crawl --help'.");
      return 2;
    }
    return new CrawlCommand(out, err).run(options, overrides);
  }

  private static int admin(List<String> args, InputStream in, PrintStream out, PrintStream err,
      Map<String, Object> overrides) {
    AdminOptions options;
    try {
      options = AdminOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("openseason admin: " + e.getMessage());
      err.println("Try 'openseason admin --help'.");
      return 2;
    }
    return new AdminCommand(in, Optional.ofNullable(System.console()), out, err).run(options, overrides);
  }

  private static int serve(CommandLine command, PrintStream err, Map<String, Object> overrides) {
    Map<String, Object> properties = new LinkedHashMap<>();
    command.port().ifPresent(port -> properties.put("micronaut.server.port", port));
    command.data().ifPresent(dir -> properties.put("openseason.data-dir", dir.toAbsolutePath().toString()));
    properties.putAll(overrides);
    try {
      ApplicationContext context = ApplicationContext.builder().properties(properties).deduceEnvironment(false).start();
      EmbeddedServer server = context.getBean(EmbeddedServer.class);
      server.start();
      LOG.info(
          "OpenSeason is serving {} (JVM up {} ms)",
          server.getURL(),
          java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
      Runtime.getRuntime().addShutdownHook(new Thread(context::close, "openseason-shutdown"));
      return 0;
    } catch (RuntimeException e) {
      err.println("openseason: could not start: " + StartupFailure.explain(e));
      return 1;
    }
  }

  /**
   * The parsed command line.
   *
   * @param help whether help was asked for
   * @param selfcheck whether to run the self-check
   * @param port the port to listen on
   * @param data the data folder
   */
  record CommandLine(boolean help, boolean selfcheck, Optional<Integer> port, Optional<Path> data) {

    static CommandLine parse(String[] args) {
      boolean help = false;
      boolean selfcheck = false;
      Optional<Integer> port = Optional.empty();
      Optional<Path> data = Optional.empty();
      int i = 0;
      if (args.length > 0 && !args[0].startsWith("-")) {
        switch (args[0]) {
          case "serve" -> { }
          case "help" -> help = true;
          case "selfcheck" -> selfcheck = true;
          default -> throw new IllegalArgumentException("unknown command '" + args[0] + "'");
        }
        i = 1;
      }
      for (; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "-h", "--help" -> help = true;
          case "--port" -> port = Optional.of(port(value(args, ++i, arg)));
          case "--data" -> data = Optional.of(Path.of(value(args, ++i, arg)));
          default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
        }
      }
      return new CommandLine(help, selfcheck, port, data);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length || args[i].isBlank()) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }

    private static int port(String text) {
      try {
        int port = Integer.parseInt(text);
        if (port < 0 || port > 65535) {
          throw new NumberFormatException();
        }
        return port;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--port needs a number from 0 to 65535, not '" + text + "'");
      }
    }
  }
}
