package org.openseason.benchmark.corpus;

import static org.openseason.benchmark.corpus.Texts.pick;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.openseason.domain.Interest;

/**
 * The cycles of one synthetic program, as listing maps. The latest cycle's applications open between 330 days
 * before today and 120 days after it, so that open, upcoming, in-progress and closed programs all occur; earlier
 * cycles repeat it a year apart. A few programs are rolling and a few have no dates yet. Project ideas belong to
 * the latest cycle: 0 to 20, about 3 on average (geometric).
 */
final class Cycles {

  private final SplittableRandom random;
  private final LocalDate today;
  private final List<Interest> tags;

  Cycles(SplittableRandom random, LocalDate today, List<Interest> tags) {
    this.random = random;
    this.today = today;
    this.tags = tags;
  }

  List<Map<String, Object>> listing(String lifecycle) {
    int shape = random.nextInt(100);
    if (shape < 7) {
      return List.of();
    }
    if (shape < 15) {
      Map<String, Object> rolling = new LinkedHashMap<>();
      rolling.put("label", "rolling");
      rolling.put("rolling", true);
      rolling.put("ideas", ideas());
      return List.of(rolling);
    }
    boolean ended = lifecycle.equals("discontinued") || lifecycle.equals("sunset");
    LocalDate opens = today.plusDays(random.nextInt(451) - 330L - (ended ? 730 : 0));
    int windowDays = 14 + random.nextInt(32);
    int gapDays = 20 + random.nextInt(31);
    int weeks = 8 + random.nextInt(17);
    boolean organizations = random.nextInt(10) < 3;
    boolean selection = random.nextBoolean();
    int count = 1 + random.nextInt(3);
    List<Map<String, Object>> cycles = new ArrayList<>();
    for (int back = count - 1; back >= 0; back--) {
      LocalDate open = opens.minusYears(back);
      LocalDate deadline = open.plusDays(windowDays);
      LocalDate start = deadline.plusDays(gapDays);
      List<Map<String, Object>> milestones = new ArrayList<>();
      if (organizations) {
        milestones.add(window("organization-applications", open.minusDays(45), open.minusDays(20)));
      }
      milestones.add(window("applications", open, deadline));
      if (selection) {
        milestones.add(Map.of("kind", "selection", "start", deadline.plusDays(gapDays / 2).toString()));
      }
      milestones.add(window("program", start, start.plusWeeks(weeks)));
      Map<String, Object> cycle = new LinkedHashMap<>();
      cycle.put("label", String.valueOf(open.getYear()));
      cycle.put("milestones", milestones);
      cycle.put("ideas", back == 0 ? ideas() : List.of());
      cycles.add(cycle);
    }
    return cycles;
  }

  private static Map<String, Object> window(String kind, LocalDate start, LocalDate end) {
    return Map.of("kind", kind, "start", start.toString(), "end", end.toString());
  }

  private List<Map<String, Object>> ideas() {
    int count = 0;
    while (count < 20 && random.nextInt(4) < 3) {
      count++;
    }
    List<Map<String, Object>> ideas = new ArrayList<>();
    String project = pick(random, Texts.NAME_WORDS) + pick(random, List.of("DB", "JS", "Kit", "OS", "Lab", "ML", "Doc"));
    for (int n = 0; n < count; n++) {
      Interest topic = pick(random, tags);
      Map<String, Object> idea = new LinkedHashMap<>();
      idea.put("title", Texts.ideaTitle(random, topic.label()) + " " + (n + 1));
      idea.put("project", project);
      idea.put("description", Texts.sentence(random, topic.label()) + " " + Texts.sentence(random, ""));
      idea.put("skills", List.of(topic.label(), pick(random, tags).label()));
      idea.put("technologies", List.of(topic.key()));
      idea.put("difficulty", pick(random, List.of("beginner", "intermediate", "advanced")));
      idea.put("size", pick(random, List.of("90 hours", "175 hours", "350 hours")));
      ideas.add(idea);
    }
    return ideas;
  }
}
