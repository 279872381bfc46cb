package org.openseason.listing;

import java.util.List;
import org.openseason.domain.Interest;
import org.openseason.domain.InterestVocabulary;

/** Reads the interest vocabulary file ({@code catalog/interests.yaml}): a list of {key, label, kind, aliases}. */
public final class InterestsCodec {

  private InterestsCodec() {}

  /**
   * Decodes the vocabulary.
   *
   * @throws ListingException naming the first entry at fault
   */
  public static InterestVocabulary decode(Object document) {
    if (!(document instanceof List<?> entries)) {
      throw new ListingException("", "must be a list of interests");
    }
    Node root = new Node("", java.util.Map.of("interests", entries));
    List<Interest> interests =
        root.nodes(
            "interests",
            n -> {
              String kind = n.string("kind");
              if (!kind.equals("technology") && !kind.equals("topic")) {
                throw n.error("kind", "'" + kind + "' is not one of technology, topic");
              }
              try {
                return new Interest(n.string("key"), n.string("label"), kind.equals("technology"), n.strings("aliases"));
              } catch (IllegalArgumentException e) {
                throw new ListingException(n.path(), e.getMessage());
              }
            });
    try {
      return new InterestVocabulary(interests);
    } catch (IllegalArgumentException e) {
      throw new ListingException("", e.getMessage());
    }
  }
}
