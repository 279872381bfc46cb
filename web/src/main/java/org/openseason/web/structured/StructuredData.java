package org.openseason.web.structured;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openseason.domain.Cycle;
import org.openseason.domain.InterestVocabulary;
import org.openseason.domain.Milestone;
import org.openseason.domain.MilestoneKind;
import org.openseason.domain.Program;
import org.openseason.domain.ProgramStatus;

/**
 * A program as schema.org {@code EducationalOccupationalProgram} JSON-LD, for search engines. Only announced
 * dates are given: a round forecast from earlier ones is not a fact a search engine should show.
 *
 * <p>The JSON sits inside a {@code <script>} element, where HTML escaping does not apply; so {@code <}, {@code >},
 * {@code &} and the two JavaScript line separators are written as JSON {@code \\u} escapes, and no listing text can
 * close the element.
 */
@Singleton
public final class StructuredData {

  private final JsonMapper json;
  private final InterestVocabulary vocabulary;

  StructuredData(JsonMapper json, InterestVocabulary vocabulary) {
    this.json = json;
    this.vocabulary = vocabulary;
  }

  /** The JSON-LD of a program page, safe to place in a script element. */
  public String program(Program p, String site, Instant now) {
    Map<String, Object> ld = new LinkedHashMap<>();
    ld.put("@context", "https://schema.org");
    ld.put("@type", "EducationalOccupationalProgram");
    ld.put("@id", site + "/programs/" + p.slug());
    ld.put("name", p.name());
    ld.put("description", p.summary());
    ld.put("url", site + "/programs/" + p.slug());
    ld.put("sameAs", p.homepage().toString());
    ld.put("provider", Map.of("@type", "Organization", "name", p.organizer()));
    if (!p.aliases().isEmpty()) {
      ld.put("alternateName", p.aliases());
    }
    if (!p.interests().isEmpty()) {
      ld.put("keywords", String.join(", ", p.interests().stream().map(vocabulary::labelOf).toList()));
    }
    switch (p.participation().mode()) {
      case REMOTE -> ld.put("educationalProgramMode", "online");
      case ON_SITE -> ld.put("educationalProgramMode", "onsite");
      case HYBRID -> ld.put("educationalProgramMode", "blended");
      default -> { }
    }
    List<String> prerequisites = p.eligibility().prerequisites();
    if (!prerequisites.isEmpty()) {
      ld.put("programPrerequisites", prerequisites);
    }
    announcedRound(p, now).ifPresent(round -> dates(round, ld));
    p.compensation().amount().filter(m -> p.compensation().isPaid()).ifPresent(m -> {
      Map<String, Object> amount = new LinkedHashMap<>();
      amount.put("@type", "MonetaryAmount");
      amount.put("currency", m.currency());
      amount.put("minValue", m.min());
      amount.put("maxValue", m.max());
      Map<String, Object> offer = new LinkedHashMap<>();
      offer.put("@type", "Offer");
      offer.put("category", p.compensation().kind().label() + " paid to participants");
      offer.put("priceSpecification", amount);
      ld.put("offers", offer);
    });
    return scriptSafe(write(ld));
  }

  /** The round the program's status is about, when its dates are announced. */
  private static Optional<Cycle> announcedRound(Program p, Instant now) {
    ProgramStatus status = p.statusAt(now);
    if (status.expected() || status.cycle().isEmpty()) {
      return Optional.empty();
    }
    return p.cycles().stream().filter(c -> c.label().equals(status.cycle().get())).findFirst();
  }

  private static void dates(Cycle round, Map<String, Object> ld) {
    for (Milestone m : round.milestones()) {
      if (m.isExpected()) {
        continue;
      }
      if (m.kind() == MilestoneKind.APPLICATIONS) {
        ld.putIfAbsent("applicationStartDate", day(m.startInstant()));
      }
      m.deadline().ifPresent(d -> ld.putIfAbsent("applicationDeadline", day(d)));
      if (m.kind() == MilestoneKind.PROGRAM) {
        ld.putIfAbsent("startDate", day(m.startInstant()));
        ld.putIfAbsent("endDate", day(m.lastInstant()));
      }
      if (m.kind() == MilestoneKind.PROGRAM_START) {
        ld.putIfAbsent("startDate", day(m.startInstant()));
      }
      if (m.kind() == MilestoneKind.PROGRAM_END) {
        ld.putIfAbsent("endDate", day(m.startInstant()));
      }
    }
  }

  private static String day(Instant instant) {
    LocalDate d = instant.atZone(ZoneOffset.UTC).toLocalDate();
    return d.toString();
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON-LD", e);
    }
  }

  /** JSON that cannot end the script element it sits in, nor start a comment or markup in it. */
  static String scriptSafe(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
  }
}
