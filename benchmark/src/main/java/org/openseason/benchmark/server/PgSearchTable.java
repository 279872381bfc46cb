package org.openseason.benchmark.server;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openseason.domain.AudienceRule;
import org.openseason.domain.Eligibility;
import org.openseason.domain.InterestVocabulary;
import org.openseason.domain.Keyed;
import org.openseason.domain.Program;
import org.openseason.domain.ProgramStatus;
import org.openseason.eligibility.EligibilityJudge;
import org.openseason.eligibility.ReferenceDate;

/**
 * The PostgreSQL side of the comparison: one table made for full-text search with facets, filled from the same
 * programs as the product's tables, with what the Lucene documents hold (see {@code ProgramDocuments} and {@code
 * EligibilityFields}): a weighted {@code tsvector} (name A, interests B, summary and organizer C, description and
 * project ideas D) under a GIN index, one column per facet, the status and next deadline as of loading, and the
 * eligibility rules as columns and arrays, age rules as birth-date bounds at the program's reference date.
 *
 * <p>Created by the bench server in its own database; never a migration of the product.
 */
final class PgSearchTable {

  static final String TABLE = "bench_program";

  private static final String DDL = """
      CREATE TABLE bench_program (
          slug               TEXT PRIMARY KEY,
          name               TEXT NOT NULL,
          organizer          TEXT NOT NULL,
          kind               TEXT NOT NULL,
          lifecycle          TEXT NOT NULL,
          participation      TEXT NOT NULL,
          compensation       TEXT NOT NULL,
          status             TEXT NOT NULL,
          summary            TEXT NOT NULL,
          interests          TEXT[] NOT NULL,
          ideas              INT NOT NULL,
          status_cycle       TEXT,
          status_opens       TIMESTAMPTZ,
          status_deadline    TIMESTAMPTZ,
          status_ends        TIMESTAMPTZ,
          deadline           TIMESTAMPTZ,
          ref_date           DATE NOT NULL,
          ref_estimated      BOOLEAN NOT NULL,
          ended              BOOLEAN NOT NULL,
          unknown_rules      BOOLEAN NOT NULL,
          birth_latest       DATE,
          birth_earliest     DATE,
          min_age            INT,
          max_age            INT,
          age_at             TEXT NOT NULL,
          student            TEXT NOT NULL,
          countries_allowed  TEXT[] NOT NULL,
          countries_excluded TEXT[] NOT NULL,
          audiences          TEXT[] NOT NULL,
          audience_rule      TEXT NOT NULL,
          required_audience  TEXT,
          min_hours          INT,
          max_hours          INT,
          excludes           TEXT[] NOT NULL,
          prerequisites      TEXT[] NOT NULL,
          other_rules        TEXT[] NOT NULL,
          doc                TSVECTOR NOT NULL
      )
      """;

  /** Built after loading, which is faster than keeping them up to date row by row. */
  private static final String INDEXES = """
      CREATE INDEX bench_program_doc ON bench_program USING GIN (doc);
      CREATE INDEX bench_program_interests ON bench_program USING GIN (interests);
      CREATE INDEX bench_program_deadline ON bench_program (deadline);
      """;

  private static final String INSERT = """
      INSERT INTO bench_program VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
          ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
          setweight(to_tsvector('english', ?), 'A') || setweight(to_tsvector('english', ?), 'B')
          || setweight(to_tsvector('english', ?), 'C') || setweight(to_tsvector('english', ?), 'D'))
      ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, summary = EXCLUDED.summary, doc = EXCLUDED.doc
      """;

  private PgSearchTable() {}

  static void create(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(DDL);
    }
  }

  /** Builds the indexes and the planner's statistics, once the table is loaded. */
  static void index(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(INDEXES);
      s.execute("VACUUM ANALYZE " + TABLE);
    }
  }

  /** Inserts the programs in one JDBC batch; a program already there has its text replaced. */
  static void insert(Connection c, Collection<Program> programs, Instant now, InterestVocabulary vocabulary)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      for (Program p : programs) {
        bind(c, ps, p, now, vocabulary);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void bind(Connection c, PreparedStatement ps, Program p, Instant now, InterestVocabulary vocabulary)
      throws SQLException {
    ProgramStatus status = p.statusAt(now);
    ReferenceDate reference = ReferenceDate.of(p, now);
    Eligibility e = p.eligibility();
    int i = 1;
    ps.setString(i++, p.slug());
    ps.setString(i++, p.name());
    ps.setString(i++, p.organizer());
    ps.setString(i++, p.kind().key());
    ps.setString(i++, p.lifecycle().key());
    ps.setString(i++, p.participation().mode().key());
    ps.setString(i++, p.compensation().kind().key());
    ps.setString(i++, status.kind().key());
    ps.setString(i++, p.summary());
    ps.setArray(i++, array(c, p.interests()));
    ps.setInt(i++, (int) p.ideas().count());
    ps.setString(i++, status.cycle().orElse(null));
    ps.setTimestamp(i++, timestamp(status.opens()));
    ps.setTimestamp(i++, timestamp(status.deadline()));
    ps.setTimestamp(i++, timestamp(status.ends()));
    ps.setTimestamp(i++, timestamp(status.nextDeadline(now)));
    ps.setDate(i++, Date.valueOf(reference.date()));
    ps.setBoolean(i++, reference.estimated());
    ps.setBoolean(i++, !p.lifecycle().isRunning());
    ps.setBoolean(i++, e.equals(Eligibility.UNKNOWN));
    ps.setDate(i++, e.minimumAge().map(min -> Date.valueOf(reference.date().minusYears(min))).orElse(null));
    ps.setDate(i++, e.maximumAge()
        .map(max -> Date.valueOf(reference.date().minusYears(max + 1L).plusDays(1))).orElse(null));
    integer(ps, i++, e.minimumAge());
    integer(ps, i++, e.maximumAge());
    ps.setString(i++, e.ageJudgedAt().key());
    ps.setString(i++, e.student().key());
    ps.setArray(i++, array(c, e.countriesAllowed()));
    ps.setArray(i++, array(c, e.countriesExcluded()));
    ps.setArray(i++, array(c, e.audiences().stream().map(Keyed::key).toList()));
    ps.setString(i++, e.audienceRule().key());
    boolean required = e.audienceRule() == AudienceRule.REQUIRED && !e.audiences().isEmpty();
    ps.setString(i++, required ? EligibilityJudge.requiredAudience(e).key() : null);
    integer(ps, i++, e.hoursPerWeek().min());
    integer(ps, i++, e.hoursPerWeek().max());
    ps.setArray(i++, array(c, e.excludesPastParticipantsOf()));
    ps.setArray(i++, array(c, e.prerequisites()));
    ps.setArray(i++, array(c, e.otherRules()));
    ps.setString(i++, p.name() + " " + String.join(" ", p.aliases()));
    ps.setString(i++, p.interests().stream()
        .flatMap(key -> vocabulary.byKey(key).stream())
        .flatMap(interest -> Stream.concat(Stream.of(interest.label()), interest.aliases().stream()))
        .collect(Collectors.joining(" ")));
    ps.setString(i++, p.summary() + " " + p.organizer());
    ps.setString(i, p.description() + " " + p.ideas()
        .map(idea -> idea.title() + " " + idea.description())
        .collect(Collectors.joining(" ")));
  }

  private static java.sql.Array array(Connection c, Collection<String> values) throws SQLException {
    return c.createArrayOf("text", values.toArray());
  }

  private static Timestamp timestamp(Optional<Instant> instant) {
    return instant.map(Timestamp::from).orElse(null);
  }

  private static void integer(PreparedStatement ps, int index, Optional<Integer> value) throws SQLException {
    if (value.isPresent()) {
      ps.setInt(index, value.get());
    } else {
      ps.setNull(index, Types.INTEGER);
    }
  }

  /** The columns a result card is read from, in the order {@link PgSearch} reads them. */
  static final List<String> CARD = List.of("slug", "name", "organizer", "kind", "summary", "status", "status_cycle",
      "status_opens", "status_deadline", "status_ends", "interests", "ideas", "lifecycle", "ref_date",
      "ref_estimated", "min_age", "max_age", "age_at", "student", "countries_allowed", "countries_excluded",
      "audiences", "audience_rule", "min_hours", "max_hours", "excludes", "prerequisites", "other_rules");
}
