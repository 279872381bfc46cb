package org.openseason.web.moderation;

/** A program an organizer submits in the moderation tests: our own, with a word no bundled listing has. */
public final class ModerationFixtures {

  public static final String UNIQUE_WORD = "quokkatronics";
  public static final String SLUG = "quokkatronics-mentorship";

  private ModerationFixtures() {}

  /** The JSON body of {@code POST /api/v1/submissions}: the listing format, plus the private contact. */
  public static String submissionJson() {
    return """
        {
          "name": "Quokkatronics Mentorship",
          "organizer": "Quokkatronics Foundation",
          "homepage": "https://quokkatronics.example.org/mentorship",
          "kind": "mentorship",
          "lifecycle": "active",
          "summary": "A paid mentorship in quokkatronics, the study of cheerful robots, for newcomers.",
          "description": "Mentees build **cheerful** robots with a mentor for twelve weeks.",
          "interests": ["embedded", "python"],
          "cycles": [{"label": "2027", "milestones": [
            {"kind": "applications", "start": "2027-02-01", "end": "2027-02-28T23:59:00Z"},
            {"kind": "program", "start": "2027-04-01", "end": "2027-06-30"}]}],
          "compensation": {"kind": "stipend", "basis": "fixed", "currency": "EUR", "min": 3000, "max": 3000},
          "moderator_contact": "organizers@quokkatronics.example.org"
        }""";
  }
}
