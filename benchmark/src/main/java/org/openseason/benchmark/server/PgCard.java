package org.openseason.benchmark.server;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.openseason.domain.AgeReference;
import org.openseason.domain.Audience;
import org.openseason.domain.AudienceRule;
import org.openseason.domain.Eligibility;
import org.openseason.domain.HoursPerWeek;
import org.openseason.domain.Keyed;
import org.openseason.domain.Lifecycle;
import org.openseason.domain.ProgramStatus;
import org.openseason.domain.StatusKind;
import org.openseason.domain.StudentRequirement;
import org.openseason.eligibility.ReferenceDate;
import org.openseason.index.ProgramHit;

/**
 * A result card read from a row of {@link PgSearchTable}: the same {@link ProgramHit} the index reads from its
 * stored fields, so that both endpoints render their answers with the product's {@code SearchView}.
 */
final class PgCard {

  private PgCard() {}

  static ProgramHit read(ResultSet rs) throws SQLException {
    ProgramStatus status = new ProgramStatus(
        keyed(StatusKind.class, rs.getString("status")),
        Optional.ofNullable(rs.getString("status_cycle")),
        instant(rs.getTimestamp("status_opens")),
        instant(rs.getTimestamp("status_deadline")),
        instant(rs.getTimestamp("status_ends")),
        Optional.empty());
    Eligibility eligibility = new Eligibility(
        integer(rs, "min_age"),
        integer(rs, "max_age"),
        keyed(AgeReference.class, rs.getString("age_at")),
        keyed(StudentRequirement.class, rs.getString("student")),
        new LinkedHashSet<>(strings(rs.getArray("countries_allowed"))),
        new LinkedHashSet<>(strings(rs.getArray("countries_excluded"))),
        new LinkedHashSet<>(strings(rs.getArray("audiences")).stream().map(a -> keyed(Audience.class, a)).toList()),
        keyed(AudienceRule.class, rs.getString("audience_rule")),
        new HoursPerWeek(integer(rs, "min_hours"), integer(rs, "max_hours")),
        strings(rs.getArray("excludes")),
        strings(rs.getArray("prerequisites")),
        strings(rs.getArray("other_rules")));
    return new ProgramHit(
        rs.getString("slug"),
        rs.getString("name"),
        rs.getString("organizer"),
        rs.getString("kind"),
        rs.getString("summary"),
        status,
        strings(rs.getArray("interests")),
        rs.getInt("ideas"),
        keyed(Lifecycle.class, rs.getString("lifecycle")),
        eligibility,
        new ReferenceDate(rs.getDate("ref_date").toLocalDate(), rs.getBoolean("ref_estimated")),
        ProgramHit.MatchingIdeas.NONE,
        Optional.empty(),
        rs.getFloat("rank"));
  }

  private static Optional<Instant> instant(Timestamp t) {
    return t == null ? Optional.empty() : Optional.of(t.toInstant());
  }

  private static Optional<Integer> integer(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(value);
  }

  private static List<String> strings(Array array) throws SQLException {
    return Arrays.asList((String[]) array.getArray());
  }

  private static <E extends Enum<E> & Keyed> E keyed(Class<E> type, String key) {
    return Keyed.byKey(type, key).orElseThrow();
  }
}
