package org.openseason.index;

import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.openseason.domain.Cycle;
import org.openseason.domain.Interest;
import org.openseason.domain.InterestVocabulary;
import org.openseason.domain.Lifecycle;
import org.openseason.domain.Program;
import org.openseason.domain.ProgramStatus;
import org.openseason.domain.ProjectIdea;
import org.openseason.domain.StatusKind;
import org.openseason.eligibility.ReferenceDate;

/** The one mapping between a {@link Program} and its Lucene document, and back to a {@link ProgramHit}. */
final class ProgramDocuments {

  private final FacetsConfig facets;
  private final InterestVocabulary vocabulary;
  private final Analyzer analyzer;
  /** The text of each interest of the vocabulary, analyzed once for every program that has it. */
  private final Map<String, AnalyzedText> interestTexts = new HashMap<>();
  /**
   * Traits texts, analyzed once each: they are made of a few fixed phrases ({@link Traits}), so there are at most
   * some thousands of them, and most programs share one with many others.
   */
  private final Map<String, AnalyzedText> traitsTexts = new ConcurrentHashMap<>();

  ProgramDocuments(FacetsConfig facets, InterestVocabulary vocabulary, Analyzer analyzer) {
    this.facets = facets;
    this.vocabulary = vocabulary;
    this.analyzer = analyzer;
    vocabulary.all().forEach(i -> interestTexts.put(i.key(), analyze(IndexFields.INTERESTS, interestText(i.key()))));
  }

  /**
   * Stored text whose postings keep each word's offsets, so that {@link Snippets} reads where the words matched
   * from the index instead of analyzing the text again for every hit.
   */
  private static final FieldType HIGHLIGHTED = highlighted();

  private static FieldType highlighted() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** The region value of programs open to every country. */
  public static final String WORLDWIDE = "worldwide";

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(Facet.INTEREST.key(), true);
    config.setMultiValued(Facet.REGION.key(), true);
    return config;
  }

  /** When the program last had news: the start of its latest round, or else the day its facts were checked. */
  static long newest(Program p) {
    return p.cycles().stream()
        .flatMap(c -> c.milestones().stream().limit(1))
        .map(m -> m.startInstant().getEpochSecond())
        .max(Long::compare)
        .orElse(p.provenance().verified().atStartOfDay(java.time.ZoneOffset.UTC).toEpochSecond());
  }

  /**
   * The program's document followed by one document per project idea. Each text is analyzed once, though most
   * are indexed in two fields and the text of an idea in three.
   */
  List<Document> toDocuments(Program p, Instant now, int prominence) throws IOException {
    List<AnalyzedText> ideaTexts = new ArrayList<>();
    List<Document> ideaDocs = new ArrayList<>();
    Cycle current = currentIdeas(p);
    for (Cycle cycle : p.cycles()) {
      for (ProjectIdea idea : cycle.ideas()) {
        AnalyzedText text = analyze(IndexFields.IDEA_TEXT, ideaText(idea));
        ideaTexts.add(text);
        Document doc = ideaDocument(p, cycle, idea, text);
        doc.add(new FloatDocValuesField(IndexFields.IDEA_ROUND_BOOST, cycle == current ? 1f : PAST_ROUND_IDEA));
        ideaDocs.add(doc);
      }
    }
    List<Document> docs = new ArrayList<>(1 + ideaDocs.size());
    docs.add(toDocument(p, now, prominence, ideaTexts));
    docs.addAll(ideaDocs);
    return docs;
  }

  /**
   * Ideas of earlier rounds stay searchable ("what did this program offer last year?"), a little below the ideas
   * of its latest round with ideas, which a person can still apply for.
   */
  static final float PAST_ROUND_IDEA = 0.8f;

  /** The latest round that offers ideas: cycles are kept oldest first. */
  private static Cycle currentIdeas(Program p) {
    Cycle current = null;
    for (Cycle cycle : p.cycles()) {
      if (!cycle.ideas().isEmpty()) {
        current = cycle;
      }
    }
    return current;
  }

  private AnalyzedText analyze(String field, String text) {
    return AnalyzedText.of(analyzer, field, text);
  }

  private static Document ideaDocument(Program p, Cycle cycle, ProjectIdea idea, AnalyzedText text) {
    Document doc = new Document();
    doc.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_IDEA, Store.NO));
    doc.add(new StringField(IndexFields.OWNER, p.slug(), Store.YES));
    doc.add(new StoredField(IndexFields.IDEA_PROGRAM_NAME, p.name()));
    doc.add(new TextField(IndexFields.IDEA_TITLE, idea.title(), Store.YES));
    doc.add(new AnalyzedField(IndexFields.IDEA_TEXT, text, TextField.TYPE_NOT_STORED));
    idea.project().ifPresent(v -> doc.add(new StoredField(IndexFields.IDEA_PROJECT, v)));
    doc.add(new StoredField(IndexFields.IDEA_DESCRIPTION, idea.description()));
    idea.skills().forEach(v -> doc.add(new StoredField(IndexFields.IDEA_SKILLS, v)));
    idea.technologies().forEach(v -> doc.add(new StoredField(IndexFields.IDEA_TECHNOLOGIES, v)));
    java.util.stream.Stream.of(idea.difficulty(), idea.size()).flatMap(Optional::stream)
        .forEach(v -> doc.add(new StoredField(IndexFields.IDEA_LEVEL, v)));
    idea.link().ifPresent(v -> doc.add(new StoredField(IndexFields.IDEA_LINK, v.toString())));
    doc.add(new StoredField(IndexFields.IDEA_CYCLE, cycle.label()));
    return doc;
  }

  IdeaHit toIdeaHit(Document doc, float score) {
    return new IdeaHit(
        doc.get(IndexFields.OWNER),
        doc.get(IndexFields.IDEA_PROGRAM_NAME),
        doc.get(IndexFields.IDEA_CYCLE),
        doc.get(IndexFields.IDEA_TITLE),
        Optional.ofNullable(doc.get(IndexFields.IDEA_PROJECT)),
        doc.get(IndexFields.IDEA_DESCRIPTION),
        List.of(doc.getValues(IndexFields.IDEA_SKILLS)),
        List.of(doc.getValues(IndexFields.IDEA_TECHNOLOGIES)),
        List.of(doc.getValues(IndexFields.IDEA_LEVEL)),
        Optional.ofNullable(doc.get(IndexFields.IDEA_LINK)),
        score);
  }

  private Document toDocument(Program p, Instant now, int prominence, List<AnalyzedText> ideaTexts)
      throws IOException {
    ProgramStatus status = p.statusAt(now);
    Document doc = new Document();
    doc.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_PROGRAM, Store.NO));
    doc.add(new StringField(IndexFields.OWNER, p.slug(), Store.NO));
    doc.add(new StringField(IndexFields.SLUG, p.slug(), Store.YES));
    AnalyzedText name = analyze(IndexFields.NAME, p.name());
    doc.add(new AnalyzedField(IndexFields.NAME, name, TextField.TYPE_STORED));
    doc.add(new SortedDocValuesField(IndexFields.NAME_SORT, new BytesRef(p.name().toLowerCase(Locale.ROOT))));
    // The name is also one of the program's names among its aliases: a word common in names ("summer", "fellowship")
    // is then as common among aliases, and an alias that repeats a name's words does not outscore the name.
    doc.add(new AnalyzedField(IndexFields.ALIASES, name, TextField.TYPE_NOT_STORED));
    List<AnalyzedText> aliases = new ArrayList<>();
    for (String alias : p.aliases()) {
      AnalyzedText text = analyze(IndexFields.ALIASES, alias);
      aliases.add(text);
      doc.add(new AnalyzedField(IndexFields.ALIASES, text, TextField.TYPE_NOT_STORED));
      doc.add(new StoredField(IndexFields.STORED_ALIASES, alias));
    }
    AnalyzedText organizer = analyze(IndexFields.ORGANIZER, p.organizer());
    doc.add(new AnalyzedField(IndexFields.ORGANIZER, organizer, TextField.TYPE_NOT_STORED));
    doc.add(new StoredField(IndexFields.STORED_ORGANIZER, p.organizer()));
    AnalyzedText summary = analyze(IndexFields.SUMMARY, p.summary());
    AnalyzedText description = analyze(IndexFields.DESCRIPTION, p.description());
    doc.add(new AnalyzedField(IndexFields.SUMMARY, summary, HIGHLIGHTED));
    doc.add(new AnalyzedField(IndexFields.DESCRIPTION, description, HIGHLIGHTED));
    for (String key : p.interests().subList(0, Math.min(2, p.interests().size()))) {
      doc.add(new AnalyzedField(IndexFields.PRIMARY_INTERESTS, interest(key), TextField.TYPE_NOT_STORED));
    }
    List<AnalyzedText> interests = new ArrayList<>();
    for (String key : p.interests()) {
      AnalyzedText text = interest(key);
      interests.add(text);
      doc.add(new StoredField(IndexFields.STORED_INTERESTS, key));
      doc.add(new AnalyzedField(IndexFields.INTERESTS, text, TextField.TYPE_NOT_STORED));
      doc.add(new SortedSetDocValuesFacetField(Facet.INTEREST.key(), key));
    }
    for (AnalyzedText text : ideaTexts) {
      doc.add(new AnalyzedField(IndexFields.IDEAS, text, TextField.TYPE_NOT_STORED));
    }
    doc.add(new StoredField(IndexFields.STORED_IDEA_COUNT, ideaTexts.size()));
    doc.add(new StoredField(IndexFields.STORED_KIND, p.kind().key()));
    AnalyzedText traits = traitsTexts.computeIfAbsent(Traits.of(p), text -> analyze(IndexFields.TRAITS, text));
    doc.add(new AnalyzedField(IndexFields.TRAITS, traits, TextField.TYPE_NOT_STORED));
    // The tokens of each multi-valued field joined: the same positions as in that field, so the same phrases.
    // The primary interests are the first of the interests, and match nothing the interests do not.
    Stream.of(name, AnalyzedText.joined(aliases), organizer, summary, description, AnalyzedText.joined(interests),
            AnalyzedText.joined(ideaTexts), traits)
        .forEach(text -> doc.add(new AnalyzedField(IndexFields.ALL, text, TextField.TYPE_NOT_STORED)));

    doc.add(new StoredField(IndexFields.STATUS, status.kind().key()));
    status.cycle().ifPresent(c -> doc.add(new StoredField(IndexFields.STATUS_CYCLE, c)));
    status.opens().ifPresent(i -> doc.add(new StoredField(IndexFields.STATUS_OPENS, i.getEpochSecond())));
    status.deadline().ifPresent(i -> doc.add(new StoredField(IndexFields.STATUS_DEADLINE, i.getEpochSecond())));
    status.ends().ifPresent(i -> doc.add(new StoredField(IndexFields.STATUS_ENDS, i.getEpochSecond())));
    if (status.expected()) {
      doc.add(new StoredField(IndexFields.STATUS_EXPECTED, 1));
    }
    status.nextDeadline(now)
        .ifPresent(d -> doc.add(new NumericDocValuesField(IndexFields.DEADLINE, deadlineKey(d, status.expected()))));
    doc.add(new NumericDocValuesField(IndexFields.SOONEST, soonestKey(status, p.lifecycle(), now)));
    ReferenceDate reference = ReferenceDate.of(p, now);
    EligibilityFields.add(doc, p, reference);
    doc.add(new StoredField(IndexFields.STORED_LIFECYCLE, p.lifecycle().key()));
    long validUntil =
        Stream.concat(status.validUntil().stream(), EligibilityFields.ageRulesValidUntil(p, reference, now).stream())
            .min(Comparator.naturalOrder())
            .map(Instant::getEpochSecond)
            .orElse(Long.MAX_VALUE);
    doc.add(new LongPoint(IndexFields.VALID_UNTIL, validUntil));
    doc.add(new FloatDocValuesField(IndexFields.RANK_BOOST, rankBoost(status.kind(), p.lifecycle())));
    doc.add(new FloatDocValuesField(IndexFields.PROMINENCE_BOOST, prominenceBoost(prominence)));

    doc.add(new SortedSetDocValuesFacetField(Facet.KIND.key(), p.kind().key()));
    doc.add(new SortedSetDocValuesFacetField(Facet.STATUS.key(), status.kind().key()));
    doc.add(new SortedSetDocValuesFacetField(Facet.COMPENSATION.key(), p.compensation().kind().key()));
    doc.add(new SortedSetDocValuesFacetField(Facet.PARTICIPATION.key(), p.participation().mode().key()));
    doc.add(new SortedSetDocValuesFacetField(Facet.LIFECYCLE.key(), p.lifecycle().key()));
    doc.add(new SortedSetDocValuesFacetField(Facet.ORGANIZER.key(), p.organizer()));
    if (p.eligibility().countriesAllowed().isEmpty()) {
      doc.add(new SortedSetDocValuesFacetField(Facet.REGION.key(), WORLDWIDE));
    } else {
      p.eligibility().countriesAllowed().forEach(c -> doc.add(new SortedSetDocValuesFacetField(Facet.REGION.key(), c)));
    }
    doc.add(new NumericDocValuesField(IndexFields.NEWEST, newest(p)));
    Stipends.inUsd(p.compensation()).ifPresent(usd -> doc.add(new NumericDocValuesField(IndexFields.STIPEND_USD, usd)));
    return facets.build(doc);
  }

  private AnalyzedText interest(String key) {
    AnalyzedText text = interestTexts.get(key);
    return text != null ? text : analyze(IndexFields.INTERESTS, interestText(key));
  }

  /** The key, label and aliases of an interest, so that any of them finds it. */
  private String interestText(String key) {
    Optional<Interest> interest = vocabulary.byKey(key);
    List<String> words = new ArrayList<>();
    words.add(key.replace('-', ' '));
    interest.ifPresent(
        i -> {
          words.add(i.label());
          words.addAll(i.aliases());
        });
    return String.join(" ; ", words);
  }

  private static String ideaText(ProjectIdea idea) {
    List<String> parts = new ArrayList<>();
    parts.add(idea.title());
    idea.project().ifPresent(parts::add);
    parts.add(idea.description());
    parts.addAll(idea.skills());
    parts.addAll(idea.technologies());
    return String.join(" ; ", parts);
  }

  /**
   * A gentle multiplier on relevance: open and upcoming programs outrank closed ones at equal relevance, and
   * running programs outrank ended ones.
   */
  /**
   * The sort key of a deadline: its UTC day first, then announced before expected, then the time of day, so that
   * an expected deadline comes after every announced one of the same day.
   */
  static long deadlineKey(Instant deadline, boolean expected) {
    long day = Math.floorDiv(deadline.getEpochSecond(), 86_400L);
    long secondOfDay = Math.floorMod(deadline.getEpochSecond(), 86_400L);
    return day * 2 * 86_400L + (expected ? 86_400L : 0L) + secondOfDay;
  }

  /**
   * The order of a browse without words, for planning: open programs closing soonest (with the rounds running
   * without an application deadline, by their end), then the ones that open next (announced before expected on the
   * same day), then rolling, in progress, to be announced and closed ones; programs that do not run come after.
   */
  static long soonestKey(ProgramStatus status, Lifecycle lifecycle, Instant now) {
    int group =
        switch (status.kind()) {
          case OPEN -> 0;
          case UPCOMING, EXPECTED -> 1;
          case ROLLING -> 2;
          case IN_PROGRESS -> status.runsWithoutDeadline() ? 0 : 3;
          case TBA -> 4;
          case CLOSED -> 5;
        };
    Optional<Instant> when =
        switch (status.kind()) {
          case OPEN -> status.deadline();
          case UPCOMING, EXPECTED -> status.opens().filter(o -> o.isAfter(now)).or(status::deadline);
          case IN_PROGRESS -> status.runsWithoutDeadline() ? status.ends() : Optional.empty();
          default -> Optional.empty();
        };
    long within = when.map(w -> Math.max(0L, deadlineKey(w, status.expected()))).orElse(0L);
    return ((long) (lifecycle.isRunning() ? group : group + 6) << 40) | Math.min(within, (1L << 40) - 1);
  }

  static float rankBoost(StatusKind status, Lifecycle lifecycle) {
    float boost =
        switch (status) {
          case OPEN -> 1.12f;
          case ROLLING -> 1.1f;
          case UPCOMING -> 1.08f;
          case EXPECTED -> 1.05f;
          case IN_PROGRESS -> 1.02f;
          case TBA -> 1.0f;
          case CLOSED -> 0.98f;
        };
    return switch (lifecycle) {
      case ACTIVE -> boost;
      // Paused: it may come back, but nobody can join it now; an active program that fits as well comes first.
      case PAUSED -> boost * 0.85f;
      case SUNSET, DISCONTINUED -> boost * 0.7f;
    };
  }

  /**
   * Platforms other programs run on (GSoC, LFX) rank a little higher: they are the programs people mean when
   * they search broadly.
   *
   * @param prominence how many programs run on this one
   */
  static float prominenceBoost(int prominence) {
    return 1 + 0.06f * Math.min(prominence, 5);
  }

  ProgramHit toHit(Document doc, float score) {
    ProgramStatus status =
        new ProgramStatus(
            org.openseason.domain.Keyed.byKey(StatusKind.class, doc.get(IndexFields.STATUS)).orElseThrow(),
            Optional.ofNullable(doc.get(IndexFields.STATUS_CYCLE)),
            instant(doc, IndexFields.STATUS_OPENS),
            instant(doc, IndexFields.STATUS_DEADLINE),
            instant(doc, IndexFields.STATUS_ENDS),
            Optional.empty(),
            doc.getField(IndexFields.STATUS_EXPECTED) != null);
    return new ProgramHit(
        doc.get(IndexFields.SLUG),
        doc.get(IndexFields.NAME),
        doc.get(IndexFields.STORED_ORGANIZER),
        doc.get(IndexFields.STORED_KIND),
        doc.get(IndexFields.SUMMARY),
        status,
        List.of(doc.getValues(IndexFields.STORED_INTERESTS)),
        doc.getField(IndexFields.STORED_IDEA_COUNT).numericValue().intValue(),
        org.openseason.domain.Keyed.byKey(Lifecycle.class, doc.get(IndexFields.STORED_LIFECYCLE)).orElseThrow(),
        EligibilityFields.read(doc),
        EligibilityFields.reference(doc),
        ProgramHit.MatchingIdeas.NONE,
        Optional.empty(),
        score);
  }

  private static Optional<Instant> instant(Document doc, String field) {
    var f = doc.getField(field);
    return f == null ? Optional.empty() : Optional.of(Instant.ofEpochSecond(f.numericValue().longValue()));
  }
}
