package org.openseason.benchmark.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL database of the bench server's own, created at start and dropped at the end, so that a run never
 * touches another database.
 *
 * @param server the server's JDBC URL without a database, for example {@code jdbc:postgresql://127.0.0.1:5432/}
 * @param name the database's name
 * @param user the user
 * @param password the password, empty with trust authentication
 */
record BenchDatabase(String server, String name, String user, String password) {

  BenchDatabase {
    if (!name.matches("[a-z0-9_]+")) {
      throw new IllegalArgumentException("database name must be lower-case letters, digits and _");
    }
  }

  String url() {
    return server + name;
  }

  void create() throws SQLException {
    admin("CREATE DATABASE " + name);
  }

  void drop() throws SQLException {
    admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private void admin(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(server + "postgres", user, password);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
