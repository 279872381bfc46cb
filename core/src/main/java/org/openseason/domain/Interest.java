package org.openseason.domain;

import java.util.List;
import java.util.Locale;

/**
 * A tag of the reviewed interest vocabulary: a technology or a topic.
 *
 * @param key the stable tag, for example {@code machine-learning}
 * @param label how people write it, for example "Machine learning"
 * @param technology true for a technology (a language, a tool), false for a topic
 * @param aliases other spellings people search for, lower-case
 */
public record Interest(String key, String label, boolean technology, List<String> aliases) {

  public Interest {
    key = Slugs.require(key, "key");
    label = Text.required(label, "label", 100);
    aliases =
        Text.list(aliases, "aliases", 100).stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
  }
}
