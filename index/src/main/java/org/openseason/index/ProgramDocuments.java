package org.openseason.index;

import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

  ProgramDocuments(FacetsConfig facets, InterestVocabulary vocabulary) {
    this.facets = facets;
    this.vocabulary = vocabulary;
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

  /** The program's document followed by one document per project idea. */
  List<Document> toDocuments(Program p, Instant now, int prominence) throws IOException {
    List<Document> docs = new ArrayList<>();
    docs.add(toDocument(p, now, prominence));
    for (Cycle cycle : p.cycles()) {
      for (ProjectIdea idea : cycle.ideas()) {
        docs.add(ideaDocument(p, cycle, idea));
      }
    }
    return docs;
  }

  private static Document ideaDocument(Program p, Cycle cycle, ProjectIdea idea) {
    Document doc = new Document();
    doc.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_IDEA, Store.NO));
    doc.add(new StringField(IndexFields.OWNER, p.slug(), Store.YES));
    doc.add(new StoredField(IndexFields.IDEA_PROGRAM_NAME, p.name()));
    doc.add(new TextField(IndexFields.IDEA_TITLE, idea.title(), Store.YES));
    doc.add(new TextField(IndexFields.IDEA_TEXT, ideaText(idea), Store.NO));
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

  private Document toDocument(Program p, Instant now, int prominence) throws IOException {
    ProgramStatus status = p.statusAt(now);
    Document doc = new Document();
    doc.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_PROGRAM, Store.NO));
    doc.add(new StringField(IndexFields.OWNER, p.slug(), Store.NO));
    doc.add(new StringField(IndexFields.SLUG, p.slug(), Store.YES));
    doc.add(new TextField(IndexFields.NAME, p.name(), Store.YES));
    doc.add(new SortedDocValuesField(IndexFields.NAME_SORT, new BytesRef(p.name().toLowerCase(Locale.ROOT))));
    for (String alias : p.aliases()) {
      doc.add(new TextField(IndexFields.ALIASES, alias, Store.NO));
    }
    doc.add(new TextField(IndexFields.ORGANIZER, p.organizer(), Store.NO));
    doc.add(new StoredField(IndexFields.STORED_ORGANIZER, p.organizer()));
    doc.add(new Field(IndexFields.SUMMARY, p.summary(), HIGHLIGHTED));
    doc.add(new Field(IndexFields.DESCRIPTION, p.description(), HIGHLIGHTED));
    for (String key : p.interests().subList(0, Math.min(2, p.interests().size()))) {
      doc.add(new TextField(IndexFields.PRIMARY_INTERESTS, interestText(key), Store.NO));
    }
    List<String> interestTexts = new ArrayList<>();
    for (String key : p.interests()) {
      String text = interestText(key);
      interestTexts.add(text);
      doc.add(new StoredField(IndexFields.STORED_INTERESTS, key));
      doc.add(new TextField(IndexFields.INTERESTS, text, Store.NO));
      doc.add(new SortedSetDocValuesFacetField(Facet.INTEREST.key(), key));
    }
    List<ProjectIdea> ideas = p.ideas().toList();
    List<String> ideaTexts = new ArrayList<>();
    for (ProjectIdea idea : ideas) {
      String text = ideaText(idea);
      ideaTexts.add(text);
      doc.add(new TextField(IndexFields.IDEAS, text, Store.NO));
    }
    doc.add(new StoredField(IndexFields.STORED_IDEA_COUNT, ideas.size()));
    doc.add(new StoredField(IndexFields.STORED_KIND, p.kind().key()));
    String traits = Traits.of(p);
    doc.add(new TextField(IndexFields.TRAITS, traits, Store.NO));
    // Values of one multi-valued field joined by a space: the same positions as in that field, so the same phrases.
    // The primary interests are the first of the interests, and match nothing the interests do not.
    Stream.of(p.name(), String.join(" ", p.aliases()), p.organizer(), p.summary(), p.description(),
            String.join(" ", interestTexts), String.join(" ", ideaTexts), traits)
        .forEach(text -> doc.add(new TextField(IndexFields.ALL, text, Store.NO)));

    doc.add(new StoredField(IndexFields.STATUS, status.kind().key()));
    status.cycle().ifPresent(c -> doc.add(new StoredField(IndexFields.STATUS_CYCLE, c)));
    status.opens().ifPresent(i -> doc.add(new StoredField(IndexFields.STATUS_OPENS, i.getEpochSecond())));
    status.deadline().ifPresent(i -> doc.add(new StoredField(IndexFields.STATUS_DEADLINE, i.getEpochSecond())));
    status.ends().ifPresent(i -> doc.add(new StoredField(IndexFields.STATUS_ENDS, i.getEpochSecond())));
    status.nextDeadline(now)
        .ifPresent(d -> doc.add(new NumericDocValuesField(IndexFields.DEADLINE, d.getEpochSecond())));
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
  static float rankBoost(StatusKind status, Lifecycle lifecycle) {
    float boost =
        switch (status) {
          case OPEN -> 1.12f;
          case ROLLING -> 1.1f;
          case UPCOMING -> 1.08f;
          case IN_PROGRESS -> 1.02f;
          case TBA -> 1.0f;
          case CLOSED -> 0.98f;
        };
    return lifecycle.isRunning() ? boost : boost * 0.7f;
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
            Optional.empty());
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
