package org.openseason.web.account;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The options of {@code openseason admin}: a subcommand and its options, checked before anything starts. There is
 * no option for a password: one on the command line would be seen by every user of the machine ({@code ps}) and
 * kept in shell histories.
 *
 * @param command create, token, list or help
 * @param name the account's name (create, token)
 * @param label what a token is for
 * @param passwordStdin read the password as one line of standard input instead of from the terminal
 * @param data the data folder
 */
public record AdminOptions(String command, Optional<String> name, String label, boolean passwordStdin,
    Optional<Path> data) {

  /**
   * Reads the arguments that follow {@code admin}.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static AdminOptions parse(List<String> args) {
    if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
      return new AdminOptions("help", Optional.empty(), "", false, Optional.empty());
    }
    String command = args.get(0);
    if (!List.of("create", "token", "list").contains(command)) {
      throw new IllegalArgumentException("unknown command 'admin " + command + "'");
    }
    Optional<String> name = Optional.empty();
    String label = "command line";
    boolean stdin = false;
    Optional<Path> data = Optional.empty();
    for (int i = 1; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "-h", "--help" -> {
          return new AdminOptions("help", Optional.empty(), "", false, Optional.empty());
        }
        case "--name" -> name = Optional.of(value(args, ++i, arg));
        case "--label" -> label = value(args, ++i, arg);
        case "--password-stdin" -> stdin = true;
        case "--data" -> data = Optional.of(Path.of(value(args, ++i, arg)));
        case "--password" -> throw new IllegalArgumentException(
            "a password is never given as an argument: type it when asked, or use --password-stdin");
        default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
      }
    }
    if (!command.equals("list") && name.isEmpty()) {
      throw new IllegalArgumentException("'admin " + command + "' needs --name NAME");
    }
    if (stdin && !command.equals("create")) {
      throw new IllegalArgumentException("--password-stdin goes with 'admin create' only");
    }
    return new AdminOptions(command, name, label, stdin, data);
  }

  private static String value(List<String> args, int i, String option) {
    if (i >= args.size() || args.get(i).isBlank()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args.get(i);
  }
}
