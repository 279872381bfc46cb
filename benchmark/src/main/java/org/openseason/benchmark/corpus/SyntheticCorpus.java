package org.openseason.benchmark.corpus;

import static org.openseason.benchmark.corpus.Texts.pick;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.openseason.api.catalog.CatalogReader;
import org.openseason.domain.Interest;
import org.openseason.domain.InterestVocabulary;
import org.openseason.domain.Program;
import org.openseason.domain.SourceKind;
import org.openseason.listing.ListingCodec;

/**
 * Synthetic programs for benchmarks: program {@code i} depends only on the seed, {@code i} and the day of {@code
 * now}, so a corpus of any size can be streamed without holding it and is the same in every run and process.
 *
 * <p>Programs are written as listings (the maps of {@code docs/catalog.md}) and decoded by {@link ListingCodec},
 * so every one passes the checks a real listing passes. Distributions: a few hundred organizers and 3 to 8
 * interests of the real vocabulary, both Zipf-like; mostly active programs; application windows spread from about
 * eleven months before {@code now} to four months after it, so that every status occurs; 0 to 20 project ideas,
 * about 3 on average.
 */
public final class SyntheticCorpus {

  /** The seed of the figures in {@code docs/benchmarks.md}. */
  public static final long DEFAULT_SEED = 20261122L;
  /** Programs 0 to 19 are platforms that others run on, as GSoC and LFX are in the catalog. */
  static final int PLATFORMS = 20;
  private static final int ORGANIZERS = 300;
  private static final List<String> COUNTRIES = List.of(
      "IN", "US", "DE", "NG", "BR", "KE", "CN", "GB", "FR", "CA", "ID", "PK", "BD", "EG", "MX", "PH", "VN", "JP",
      "ES", "IT", "PL", "UA", "ZA", "GH", "AR");
  private static final List<String> EMBARGOED = List.of("CU", "IR", "KP", "SY");
  /** Tags most programs carry, first; the rest of the vocabulary follows in file order. */
  private static final List<String> POPULAR = List.of(
      "open-source", "python", "javascript", "documentation", "web", "beginner-friendly", "machine-learning",
      "java", "community", "cloud-native", "rust", "linux", "security", "data-science", "go", "compilers");

  private final long seed;
  private final LocalDate today;
  private final List<Interest> interests;
  private final Zipf interestRanks;
  private final List<String> organizers;
  private final Zipf organizerRanks;

  public SyntheticCorpus(long seed, InterestVocabulary vocabulary, Instant now) {
    this.seed = seed;
    this.today = now.atZone(ZoneOffset.UTC).toLocalDate();
    List<Interest> ordered = new ArrayList<>();
    POPULAR.forEach(key -> vocabulary.byKey(key).ifPresent(ordered::add));
    vocabulary.all().stream().filter(i -> !ordered.contains(i)).forEach(ordered::add);
    this.interests = List.copyOf(ordered);
    this.interestRanks = new Zipf(interests.size(), 1.0);
    this.organizers = organizers(new SplittableRandom(seed));
    this.organizerRanks = new Zipf(organizers.size(), 0.8);
  }

  /** The corpus of the recorded figures: the default seed and the bundled interest vocabulary. */
  public static SyntheticCorpus standard(Instant now) {
    return new SyntheticCorpus(DEFAULT_SEED, CatalogReader.fromClasspath().vocabulary(), now);
  }

  private static List<String> organizers(SplittableRandom random) {
    Set<String> names = new LinkedHashSet<>();
    while (names.size() < ORGANIZERS) {
      String name = pick(random, Texts.NAME_WORDS) + (random.nextBoolean() ? " " + pick(random, Texts.NAME_WORDS) : "")
          + " " + pick(random, Texts.ORGANIZER_SUFFIXES);
      names.add(name);
    }
    return List.copyOf(names);
  }

  public List<String> organizers() {
    return organizers;
  }

  public Program program(int i) {
    return ListingCodec.decode(listing(i), SourceKind.CRAWL);
  }

  /** Programs 0 to n-1, generated as they are consumed. */
  public Stream<Program> stream(int n) {
    return IntStream.range(0, n).mapToObj(this::program);
  }

  public List<Program> programs(int n) {
    return stream(n).toList();
  }

  /** Hands programs 0 to n-1 to {@code consumer} in batches, holding one batch at a time. */
  public void forEachBatch(int n, int batchSize, java.util.function.Consumer<List<Program>> consumer) {
    for (int from = 0; from < n; from += batchSize) {
      consumer.accept(IntStream.range(from, Math.min(n, from + batchSize)).mapToObj(this::program).toList());
    }
  }

  private SplittableRandom random(int i, int aspect) {
    return new SplittableRandom(seed * 31 + (long) i * 7919 + aspect);
  }

  /** The slug of program {@code i}, known without generating the rest of it (other programs refer to it). */
  public String slug(int i) {
    return Naming.slug(name(i), i);
  }

  private String name(int i) {
    SplittableRandom random = random(i, 1);
    String kindWord = pick(random, List.of("Mentorship", "Internship", "Summer of Code", "Fellowship", "Program",
        "Season of Docs", "Apprenticeship", "Winter of Code", "Contributor Grants", "Hackathon"));
    String name = pick(random, Texts.NAME_WORDS) + " " + pick(random, Texts.NAME_WORDS) + " " + kindWord;
    return random.nextInt(10) < 3 ? name + " for " + interests.get(interestRanks.sample(random)).label() : name;
  }

  /** Program {@code i} as a listing: maps and lists in the format of {@code docs/catalog.md}. */
  public Map<String, Object> listing(int i) {
    SplittableRandom random = random(i, 0);
    String slug = slug(i);
    String organizer = organizers.get(organizerRanks.sample(random));
    List<Interest> tags = interests(random);
    Map<String, Object> l = new LinkedHashMap<>();
    l.put("slug", slug);
    l.put("name", name(i));
    l.put("organizer", organizer);
    String homepage = "https://" + Naming.slugify(organizer) + ".example.org/" + slug;
    l.put("homepage", homepage);
    String kind = weighted(random, Map.of("mentorship", 35, "internship", 20, "summer-of-code", 15,
        "fellowship", 10, "grant", 10, "contest", 10));
    l.put("kind", kind);
    String lifecycle = weighted(random, Map.of("active", 85, "paused", 5, "sunset", 4, "discontinued", 6));
    l.put("lifecycle", lifecycle);
    List<String> labels = tags.stream().map(Interest::label).toList();
    String topics = labels.get(0) + (labels.size() > 1 ? " and " + labels.get(1) : "");
    l.put("summary", Texts.summary(random, organizer, kind.replace('-', ' '), topics));
    l.put("description", Texts.description(random, labels));
    l.put("interests", tags.stream().map(Interest::key).toList());
    if (i >= PLATFORMS && random.nextInt(100) < 4) {
      l.put("runs_on", List.of(slug(random.nextInt(PLATFORMS))));
    }
    l.put("how_to_apply", Texts.sentence(random, "the application form"));
    participation(random).ifPresent(p -> l.put("participation", p));
    if (random.nextInt(10) > 0) {
      l.put("eligibility", eligibility(random, slug));
    }
    compensation(random).ifPresent(c -> l.put("compensation", c));
    l.put("cycles", new Cycles(random, today, tags).listing(lifecycle));
    l.put("provenance", Map.of("source_url", homepage, "verified", today.minusDays(random.nextInt(180)).toString()));
    if (random.nextInt(10) == 0) {
      l.put("unverified", List.of("summary"));
    }
    return l;
  }

  private List<Interest> interests(SplittableRandom random) {
    int count = 3 + random.nextInt(6);
    Set<Interest> chosen = new LinkedHashSet<>();
    while (chosen.size() < count) {
      chosen.add(interests.get(interestRanks.sample(random)));
    }
    return List.copyOf(chosen);
  }

  private static java.util.Optional<Map<String, Object>> participation(SplittableRandom random) {
    String mode = weighted(random, Map.of("remote", 70, "hybrid", 10, "on-site", 10, "unknown", 10));
    if (mode.equals("unknown")) {
      return java.util.Optional.empty();
    }
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("mode", mode);
    if (!mode.equals("remote")) {
      p.put("location", pick(random, Texts.NAME_WORDS) + " City");
    }
    return java.util.Optional.of(p);
  }

  private Map<String, Object> eligibility(SplittableRandom random, String slug) {
    Map<String, Object> e = new LinkedHashMap<>();
    if (random.nextInt(20) == 0) {
      e.put("minimum_age", 13);
      e.put("maximum_age", 18 + random.nextInt(2));
      e.put("audiences", List.of("pre-university"));
      e.put("audience_rule", "required");
    } else if (random.nextInt(10) < 6) {
      e.put("minimum_age", weighted(random, Map.of(16, 10, 18, 80, 21, 10)));
    }
    e.put("age_judged_at", weighted(random, Map.of("program-start", 60, "application-deadline", 20, "registration", 20)));
    e.put("student", weighted(random, Map.of("required", 20, "student-or-beginner", 20, "not-required", 40, "unknown", 20)));
    if (random.nextInt(10) == 0) {
      Set<String> allowed = new LinkedHashSet<>();
      int n = 1 + random.nextInt(3);
      while (allowed.size() < n) {
        allowed.add(pick(random, COUNTRIES));
      }
      e.put("countries_allowed", List.copyOf(allowed));
    } else if (random.nextInt(4) == 0) {
      e.put("countries_excluded", EMBARGOED.subList(0, 1 + random.nextInt(EMBARGOED.size())));
    }
    if (!e.containsKey("audiences") && random.nextInt(10) < 4) {
      Set<String> audiences = new LinkedHashSet<>();
      int n = 1 + random.nextInt(2);
      while (audiences.size() < n) {
        audiences.add(pick(random, List.of("underrepresented-in-tech", "women-and-non-binary", "university-students",
            "early-career", "technical-writers", "newcomers")));
      }
      e.put("audiences", List.copyOf(audiences));
      e.put("audience_rule", random.nextInt(10) < 3 ? "required" : "preferred");
    }
    if (random.nextBoolean()) {
      int min = pick(random, List.of(10, 15, 20, 30, 35));
      e.put("hours_per_week", Map.of("min", min, "max", Math.min(60, min + pick(random, List.of(5, 10, 20)))));
    }
    int excludes = random.nextInt(100);
    if (excludes < 8) {
      e.put("excludes_past_participants_of", List.of(slug));
    } else if (excludes < 12) {
      e.put("excludes_past_participants_of", List.of(slug(random.nextInt(PLATFORMS))));
    }
    if (random.nextInt(3) == 0) {
      e.put("prerequisites", List.of(Texts.sentence(random, "")));
    }
    if (random.nextInt(5) == 0) {
      e.put("other_rules", List.of(Texts.sentence(random, "")));
    }
    return e;
  }

  private static java.util.Optional<Map<String, Object>> compensation(SplittableRandom random) {
    String kind = weighted(random, Map.of("stipend", 45, "none", 20, "certificate-or-swag", 10, "grant", 8,
        "prize", 7, "unknown", 10));
    if (kind.equals("unknown")) {
      return java.util.Optional.empty();
    }
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("kind", kind);
    boolean money = kind.equals("stipend") || kind.equals("grant") || kind.equals("prize");
    if (money && random.nextInt(10) < 8) {
      c.put("currency", weighted(random, Map.of("USD", 60, "EUR", 15, "INR", 10, "CNY", 5, "GBP", 5, "BRL", 5)));
      long min = 500 + 50L * random.nextInt(60);
      c.put("min", min);
      c.put("max", random.nextBoolean() ? min : min * (2 + random.nextInt(3)));
      c.put("basis", weighted(random, Map.of("fixed", 60, "purchasing-power-adjusted", 15, "by-project-size", 15,
          "varies", 10)));
    }
    return java.util.Optional.of(c);
  }

  /** A value drawn with the given integer weights, in a stable order so that the corpus is deterministic. */
  static <T extends Comparable<T>> T weighted(SplittableRandom random, Map<T, Integer> weights) {
    List<T> keys = weights.keySet().stream().sorted().toList();
    int total = weights.values().stream().mapToInt(Integer::intValue).sum();
    int r = random.nextInt(total);
    for (T key : keys) {
      r -= weights.get(key);
      if (r < 0) {
        return key;
      }
    }
    throw new IllegalStateException("weights must be positive");
  }

  /** Lower-case words joined by '-', as slugs and host names need. */
  static final class Naming {
    private Naming() {}

    static String slugify(String text) {
      return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    static String slug(String name, int i) {
      String base = slugify(name);
      if (base.length() > 70) {
        base = base.substring(0, 70).replaceAll("-$", "");
      }
      return base + "-" + Integer.toString(i, 36);
    }
  }
}
