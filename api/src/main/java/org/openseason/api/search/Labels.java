package org.openseason.api.search;

import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;
import org.openseason.domain.CompensationKind;
import org.openseason.domain.CountryNames;
import org.openseason.domain.InterestVocabulary;
import org.openseason.domain.Keyed;
import org.openseason.domain.Lifecycle;
import org.openseason.domain.Memo;
import org.openseason.domain.ParticipationMode;
import org.openseason.domain.ProgramKind;
import org.openseason.domain.StatusKind;
import org.openseason.index.Facet;

/** The words people read for facet values and keys, shared by the API and the web pages. */
@Singleton
public final class Labels {

  private final InterestVocabulary vocabulary;
  /** Per facet, the labels of its values so far: a search answer labels every value it counts. */
  private final Map<Facet, Memo<String, String>> known = new EnumMap<>(Facet.class);

  Labels(InterestVocabulary vocabulary) {
    this.vocabulary = vocabulary;
    for (Facet facet : Facet.values()) {
      known.put(facet, new Memo<>(10_000));
    }
  }

  public String of(Facet facet, String value) {
    if (facet == Facet.ORGANIZER) {
      return value;
    }
    return known.get(facet).get(value, v -> labelOf(facet, v));
  }

  private String labelOf(Facet facet, String value) {
    return switch (facet) {
      case KIND -> label(ProgramKind.class, value);
      case STATUS -> label(StatusKind.class, value);
      case COMPENSATION -> label(CompensationKind.class, value);
      case PARTICIPATION -> label(ParticipationMode.class, value);
      case LIFECYCLE -> label(Lifecycle.class, value);
      case INTEREST -> vocabulary.labelOf(value);
      case ORGANIZER -> value;
      case REGION -> value.equals("worldwide") ? "Worldwide" : CountryNames.of(value);
    };
  }

  public String facetName(Facet facet) {
    return switch (facet) {
      case KIND -> "Kind";
      case INTEREST -> "Interest";
      case STATUS -> "Status";
      case COMPENSATION -> "Compensation";
      case PARTICIPATION -> "Participation";
      case LIFECYCLE -> "Lifecycle";
      case ORGANIZER -> "Organizer";
      case REGION -> "Open to residents of";
    };
  }

  private static <E extends Enum<E> & Keyed> String label(Class<E> type, String key) {
    return Keyed.byKey(type, key).map(Keyed::label).orElse(key);
  }
}
