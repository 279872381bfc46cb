package org.openseason.index;

import java.util.Optional;

/** How results are ordered. */
public enum SortOrder {
  RELEVANCE("relevance"),
  /** Closing soonest: the next application deadline first, programs without one last. */
  DEADLINE("deadline"),
  /** The most recent round first. */
  NEWEST("newest"),
  /** The highest stipend or grant first, compared in US dollars; unpaid programs last. */
  STIPEND("stipend");

  private final String key;

  SortOrder(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static String keys() {
    return java.util.Arrays.stream(values()).map(SortOrder::key).collect(java.util.stream.Collectors.joining(", "));
  }

  public static Optional<SortOrder> byKey(String key) {
    for (SortOrder order : values()) {
      if (order.key.equals(key)) {
        return Optional.of(order);
      }
    }
    return Optional.empty();
  }
}
