package org.brainj.runtime.plot;

import java.math.BigDecimal;

/**
 * Round tick positions for an axis: steps of 1, 2 or 5 times a power of ten, and axis ranges
 * that begin and end on such a step. {@link Plot}s use it for their time axes; it is also handy
 * for fixing the ranges of several panels or frames alike.
 *
 * <pre>{@code
 * Ticks.step(0.1, 200, 10);        // 20
 * Ticks.positions(0.1, 200, 10);   // 20, 40, ..., 200
 * Ticks.bounds(0.1, 200, 10);      // {0, 200}
 * }</pre>
 */
public final class Ticks {
  private static final int[] MANTISSAS = {1, 2, 5, 10};

  private Ticks() {}

  /**
   * The smallest step of 1, 2 or 5 x 10^k that divides [min, max] into at most {@code
   * maxIntervals} intervals. An empty range (min == max) is treated as the range 0 .. |min|, or
   * 0 .. 1 at zero.
   */
  public static double step(double min, double max, int maxIntervals) {
    return stepDecimal(min, max, maxIntervals).doubleValue();
  }

  /** The multiples of {@link #step} that lie in [min, max], as round decimals. */
  public static double[] positions(double min, double max, int maxIntervals) {
    BigDecimal step = stepDecimal(min, max, maxIntervals);
    long first = (long) Math.ceil(min / step.doubleValue() - 1e-9);
    long last = (long) Math.floor(max / step.doubleValue() + 1e-9);
    double[] ticks = new double[(int) Math.max(0, last - first + 1)];
    for (int i = 0; i < ticks.length; i++) {
      ticks[i] = step.multiply(BigDecimal.valueOf(first + i)).doubleValue();
    }
    return ticks;
  }

  /**
   * The range [lo, hi] around [min, max] whose ends are multiples of {@link #step}: an axis drawn
   * over it begins and ends on a tick.
   */
  public static double[] bounds(double min, double max, int maxIntervals) {
    BigDecimal step = stepDecimal(min, max, maxIntervals);
    long lo = (long) Math.floor(min / step.doubleValue() + 1e-9);
    long hi = (long) Math.ceil(max / step.doubleValue() - 1e-9);
    if (hi == lo) {
      hi++;
    }
    return new double[] {
      step.multiply(BigDecimal.valueOf(lo)).doubleValue(),
      step.multiply(BigDecimal.valueOf(hi)).doubleValue()
    };
  }

  private static BigDecimal stepDecimal(double min, double max, int maxIntervals) {
    if (!Double.isFinite(min) || !Double.isFinite(max) || max < min) {
      throw new IllegalArgumentException(
          "range: needs finite min <= max, got [" + min + ", " + max + "]");
    }
    if (maxIntervals < 1) {
      throw new IllegalArgumentException("maxIntervals must be at least 1, got " + maxIntervals);
    }
    double span = max - min;
    if (span == 0) {
      span = min == 0 ? 1 : Math.abs(min);
    }
    double raw = span / maxIntervals;
    int exponent = (int) Math.floor(Math.log10(raw));
    for (int e = exponent - 1; e <= exponent + 1; e++) {
      for (int m : MANTISSAS) {
        BigDecimal step = BigDecimal.valueOf(m).scaleByPowerOfTen(e);
        // a relative tolerance, so that 0.3 / 0.1 counts as 3 intervals
        if (span / step.doubleValue() <= maxIntervals * (1 + 1e-9)) {
          return step.stripTrailingZeros();
        }
      }
    }
    throw new AssertionError("no step for span " + span);
  }
}
