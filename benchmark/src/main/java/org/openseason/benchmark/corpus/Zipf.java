package org.openseason.benchmark.corpus;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Ranks 0 to n-1 drawn with probability proportional to 1 / (rank + 1)^s: a few values are common, most rare. */
final class Zipf {

  private final double[] cumulative;

  Zipf(int n, double s) {
    cumulative = new double[n];
    double sum = 0;
    for (int k = 0; k < n; k++) {
      sum += 1 / Math.pow(k + 1, s);
      cumulative[k] = sum;
    }
    for (int k = 0; k < n; k++) {
      cumulative[k] /= sum;
    }
  }

  int sample(SplittableRandom random) {
    int at = Arrays.binarySearch(cumulative, random.nextDouble());
    return Math.min(at >= 0 ? at : -at - 1, cumulative.length - 1);
  }
}
