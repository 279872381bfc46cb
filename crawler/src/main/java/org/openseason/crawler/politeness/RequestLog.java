package org.openseason.crawler.politeness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The start time of every request, per host, on the monotonic clock the gate waits on, so that the spacing of
 * requests can be checked afterwards without trusting the gate.
 */
public final class RequestLog {

  private final Map<String, List<Long>> startsByHost = new LinkedHashMap<>();

  synchronized void record(String host, long startNanos) {
    startsByHost.computeIfAbsent(host, h -> new ArrayList<>()).add(startNanos);
  }

  /** How many requests each host received. */
  public synchronized Map<String, Integer> counts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    startsByHost.forEach((host, starts) -> counts.put(host, starts.size()));
    return counts;
  }

  /** Every pair of consecutive requests to one host that started less than {@code minimum} apart. */
  public synchronized List<Violation> violations(Duration minimum) {
    long min = minimum.toNanos();
    List<Violation> violations = new ArrayList<>();
    startsByHost.forEach(
        (host, starts) -> {
          List<Long> sorted = starts.stream().sorted(Comparator.naturalOrder()).toList();
          for (int i = 1; i < sorted.size(); i++) {
            long gap = sorted.get(i) - sorted.get(i - 1);
            if (gap < min) {
              violations.add(new Violation(host, Duration.ofNanos(gap)));
            }
          }
        });
    return violations;
  }

  /** Two requests to {@code host} that started only {@code gap} apart. */
  public record Violation(String host, Duration gap) {}
}
