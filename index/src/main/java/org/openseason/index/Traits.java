package org.openseason.index;

import java.util.ArrayList;
import java.util.List;
import org.openseason.domain.Program;

/**
 * A program's kind, pay, way of working and audiences in the words people search with. "paid internship" then finds a paid
 * internship whose own text never says "paid", and "mentoring" finds a mentorship.
 */
final class Traits {

  private Traits() {}

  static String of(Program p) {
    List<String> words = new ArrayList<>();
    words.add(switch (p.kind()) {
      case INTERNSHIP -> "internship intern";
      case MENTORSHIP -> "mentorship mentoring mentor";
      case SUMMER_OF_CODE -> "summer of code";
      case FELLOWSHIP -> "fellowship fellow";
      case GRANT -> "grant funding";
      case CONTEST -> "contest competition challenge hackathon";
    });
    words.add(switch (p.compensation().kind()) {
      case STIPEND, GRANT -> "paid stipend funded";
      case PRIZE -> "prize prizes award";
      case CERTIFICATE_OR_SWAG -> "certificate swag";
      case NONE -> "unpaid volunteer";
      case UNKNOWN -> "";
    });
    words.add(switch (p.participation().mode()) {
      case REMOTE -> "remote online";
      case HYBRID -> "hybrid remote";
      case ON_SITE -> "on site in person";
      case UNKNOWN -> "";
    });
    if (!p.eligibility().audiences().isEmpty()) {
      words.add("diversity inclusion");
    }
    for (var audience : p.eligibility().audiences()) {
      words.add(switch (audience) {
        case UNDERREPRESENTED_IN_TECH -> "underrepresented women minorities";
        case WOMEN_AND_NON_BINARY -> "women non-binary girls";
        case PRE_UNIVERSITY -> "high school teenagers pre-university";
        case UNIVERSITY_STUDENTS -> "university students college";
        case EARLY_CAREER -> "early career graduates";
        case TECHNICAL_WRITERS -> "technical writers writing";
        case NEWCOMERS -> "newcomers beginners first-timers";
      });
    }
    return String.join(" ; ", words);
  }
}
