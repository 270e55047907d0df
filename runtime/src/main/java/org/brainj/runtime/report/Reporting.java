package org.brainj.runtime.report;

import java.util.Arrays;
import java.util.Objects;

/**
 * A run's reporting settings: report every {@code fraction} of the run (0.1: every 10 %) to a
 * listener.
 */
public record Reporting(double fraction, ProgressListener listener) {

  public Reporting {
    if (!(fraction > 0 && fraction <= 1)) {
      throw new IllegalArgumentException(
          "report fraction must be in (0, 1] (0.1 reports every 10 % of the run), got " + fraction);
    }
    Objects.requireNonNull(listener, "progress listener");
  }

  /**
   * The step counts after which to report, increasing, ending with {@code nSteps}: the steps
   * nearest to {@code k * fraction * nSteps} for {@code k = 1, 2, ...}; every step when a fraction
   * of the run is less than one step.
   */
  public int[] checkpoints(int nSteps) {
    if (nSteps <= 0) {
      return new int[0];
    }
    if (fraction * nSteps <= 1) {
      int[] every = new int[nSteps];
      for (int k = 0; k < nSteps; k++) {
        every[k] = k + 1;
      }
      return every;
    }
    int max = (int) Math.ceil(1 / fraction - 1e-9); // < nSteps here
    int[] points = new int[max + 1];
    int n = 0;
    for (int k = 1; k <= max; k++) {
      long p = Math.round(k * fraction * nSteps);
      if (p > 0 && p < nSteps && (n == 0 || p > points[n - 1])) {
        points[n++] = (int) p;
      }
    }
    points[n++] = nSteps;
    return Arrays.copyOf(points, n);
  }
}
