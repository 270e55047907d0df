package org.brainj.runtime.input;

import java.util.Arrays;
import java.util.Objects;

/**
 * Builders of input currents (manual chapter 17, BrainPy's {@code brainpy.inputs}): piecewise
 * constant sections, short pulses and ramps, each sampled on a time grid of {@code dt} ms and
 * returned as a {@link Current}, which a runner takes as an input value and which carries its
 * samples and duration.
 *
 * <pre>{@code
 * Current c = Inputs.periodInput(new double[] {0, 1, 0}, new double[] {100, 300, 100});  // dt 0.1
 * net.runner().input(g.input(), c).run(c.duration());
 * }</pre>
 *
 * <p>Conventions, as BrainPy 1.0: a current of duration {@code T} has {@code ceil(T / dt)}
 * samples, sample {@code k} being the value at time {@code k dt}; a section or pulse of length
 * {@code d} covers {@code floor(d / dt)} samples, and one starting at time {@code s} begins at
 * sample {@code floor(s / dt)}. Quotients within {@code 1e-9} of a whole number count as that
 * number, so durations on the time grid are never cut short by floating-point rounding. The
 * methods without a {@code dt} use {@link #DEFAULT_DT}, the runner's default.
 *
 * <p>BrainPy's {@code return_length=True} is not needed: a {@code Current} always knows its
 * {@link Current#duration()}.
 */
public final class Inputs {
  private Inputs() {}

  /** The time step of the methods without a {@code dt}: 0.1 ms, the runner's default. */
  public static final double DEFAULT_DT = 0.1;

  // ---------------------------------------------------------------- sections

  /** {@link #periodInput(double[], double[], double)} at {@link #DEFAULT_DT}. */
  public static Current periodInput(double[] values, double[] durations) {
    return periodInput(values, durations, DEFAULT_DT);
  }

  /**
   * A piecewise constant current (BrainPy's {@code period_input}, 2.x {@code section_input}):
   * {@code values[i]} for {@code durations[i]} ms, one section after the other. The duration is
   * the sum of the durations. {@code periodInput({0, 1, 0}, {100, 300, 100}, 0.1)} has 5000
   * samples: 0 for samples 0-999, 1 for 1000-3999, 0 for 4000-4999.
   */
  public static Current periodInput(double[] values, double[] durations, double dt) {
    String where = "periodInput";
    Objects.requireNonNull(values, where + ": values");
    Objects.requireNonNull(durations, where + ": durations");
    Steps.checkDt(dt, where);
    if (values.length != durations.length) {
      throw new IllegalArgumentException(where + ": values and durations must have the same length,"
          + " got " + values.length + " values and " + durations.length + " durations");
    }
    double total = 0;
    for (int i = 0; i < durations.length; i++) {
      checkTime(durations[i], where + ": durations[" + i + "]");
      total += durations[i];
    }
    double[] samples = new double[Steps.ceil(total, dt)];
    int start = 0;
    for (int i = 0; i < values.length; i++) {
      int end = Math.min(samples.length, start + Steps.floor(durations[i], dt));
      Arrays.fill(samples, start, end, values[i]);
      start = end;
    }
    return Current.wrap(samples, dt, total);
  }

  /** BrainPy 2.x's name for {@link #periodInput(double[], double[], double)}. */
  public static Current sectionInput(double[] values, double[] durations, double dt) {
    return periodInput(values, durations, dt);
  }

  /** {@link #constantInput(double[][], double)} at {@link #DEFAULT_DT}. */
  public static Current constantInput(double[][] valueAndDuration) {
    return constantInput(valueAndDuration, DEFAULT_DT);
  }

  /**
   * A piecewise constant current from (value, duration) pairs (BrainPy's {@code constant_input}
   * and {@code constant_current}): {@code constantInput(new double[][] {{0, 100}, {1, 300}, {0,
   * 100}}, 0.1)} is {@code periodInput({0, 1, 0}, {100, 300, 100}, 0.1)}; its duration is BrainPy's
   * second return value.
   */
  public static Current constantInput(double[][] valueAndDuration, double dt) {
    Objects.requireNonNull(valueAndDuration, "constantInput: (value, duration) pairs");
    double[] values = new double[valueAndDuration.length];
    double[] durations = new double[valueAndDuration.length];
    for (int i = 0; i < values.length; i++) {
      double[] pair = valueAndDuration[i];
      if (pair == null || pair.length != 2) {
        throw new IllegalArgumentException("constantInput: pair " + i + " must be {value, duration},"
            + " got " + (pair == null ? "null" : Arrays.toString(pair)));
      }
      values[i] = pair[0];
      durations[i] = pair[1];
    }
    return periodInput(values, durations, dt);
  }

  /** BrainPy 1.0's name for {@link #constantInput(double[][], double)}. */
  public static Current constantCurrent(double[][] valueAndDuration, double dt) {
    return constantInput(valueAndDuration, dt);
  }

  /** BrainPy 1.0's name for {@link #constantInput(double[][])}. */
  public static Current constantCurrent(double[][] valueAndDuration) {
    return constantInput(valueAndDuration);
  }

  // ---------------------------------------------------------------- pulses

  /** {@link #spikeInput(double[], double, double, double, double)} at {@link #DEFAULT_DT}. */
  public static Current spikeInput(double[] points, double length, double size, double duration) {
    return spikeInput(points, length, size, duration, DEFAULT_DT);
  }

  /** Pulses of one length and size at the given times; see the array form. */
  public static Current spikeInput(double[] points, double length, double size, double duration,
      double dt) {
    Objects.requireNonNull(points, "spikeInput: points");
    return spikeInput(points, filled(points.length, length), filled(points.length, size),
        duration, dt);
  }

  /**
   * Short pulses ("spikes") of current (BrainPy's {@code spike_input}/{@code spike_current}): a
   * current of {@code duration} ms, 0 except from {@code points[i]} for {@code lengths[i]} ms,
   * where it is {@code sizes[i]}. {@code spikeInput({10, 20, 30, 200, 300}, 1, 0.5, 400)} is 0.5
   * on samples 100-109, 200-209, 300-309, 2000-2009 and 3000-3009 of 4000. A later pulse
   * overwrites an earlier one where they overlap, and a pulse running past the end is cut.
   */
  public static Current spikeInput(double[] points, double[] lengths, double[] sizes,
      double duration, double dt) {
    String where = "spikeInput";
    Objects.requireNonNull(points, where + ": points");
    Objects.requireNonNull(lengths, where + ": lengths");
    Objects.requireNonNull(sizes, where + ": sizes");
    Steps.checkDt(dt, where);
    checkTime(duration, where + ": duration");
    if (lengths.length != points.length || sizes.length != points.length) {
      throw new IllegalArgumentException(where + ": points, lengths and sizes must have the same"
          + " length, got " + points.length + ", " + lengths.length + " and " + sizes.length);
    }
    double[] samples = new double[Steps.ceil(duration, dt)];
    for (int i = 0; i < points.length; i++) {
      checkTime(points[i], where + ": points[" + i + "]");
      checkTime(lengths[i], where + ": lengths[" + i + "]");
      int from = Steps.floor(points[i], dt);
      int steps = Steps.floor(lengths[i], dt);
      if (from >= samples.length) {
        throw new IllegalArgumentException(where + ": points[" + i + "] = " + points[i]
            + " ms is not before the end of the current (duration " + duration + " ms)");
      }
      if (steps == 0) {
        throw new IllegalArgumentException(where + ": lengths[" + i + "] = " + lengths[i]
            + " ms is shorter than one step (dt = " + dt + " ms), so the pulse would vanish");
      }
      Arrays.fill(samples, from, Math.min(samples.length, from + steps), sizes[i]);
    }
    return Current.wrap(samples, dt, duration);
  }

  /** BrainPy 1.0's name for {@link #spikeInput(double[], double[], double[], double, double)}. */
  public static Current spikeCurrent(double[] points, double[] lengths, double[] sizes,
      double duration, double dt) {
    return spikeInput(points, lengths, sizes, duration, dt);
  }

  // ---------------------------------------------------------------- ramps

  /** A ramp over the whole duration at {@link #DEFAULT_DT}: from {@code cStart} to {@code cEnd}. */
  public static Current rampInput(double cStart, double cEnd, double duration) {
    return rampInput(cStart, cEnd, duration, 0, duration, DEFAULT_DT);
  }

  /** {@link #rampInput(double, double, double, double, double, double)} at {@link #DEFAULT_DT}. */
  public static Current rampInput(double cStart, double cEnd, double duration, double tStart,
      double tEnd) {
    return rampInput(cStart, cEnd, duration, tStart, tEnd, DEFAULT_DT);
  }

  /**
   * A linear ramp (BrainPy's {@code ramp_input}/{@code ramp_current}): a current of
   * {@code duration} ms, 0 outside {@code [tStart, tEnd)}; on samples {@code p1 = ceil(tStart /
   * dt)} to {@code p2 - 1}, {@code p2 = ceil(tEnd / dt)}, it rises (or falls) linearly from
   * {@code cStart} (at {@code p1}) to exactly {@code cEnd} (at {@code p2 - 1}), as NumPy's
   * {@code linspace(cStart, cEnd, p2 - p1)}. From {@code tEnd} on the current is 0 again, as in
   * BrainPy. {@code rampInput(0, 1, 1000, 200, 800, 0.1)}: samples 2000 to 7999 go from 0 to 1.
   */
  public static Current rampInput(double cStart, double cEnd, double duration, double tStart,
      double tEnd, double dt) {
    String where = "rampInput";
    Steps.checkDt(dt, where);
    checkTime(duration, where + ": duration");
    checkTime(tStart, where + ": tStart");
    checkTime(tEnd, where + ": tEnd");
    if (tStart > tEnd || tEnd > duration) {
      throw new IllegalArgumentException(where + ": need 0 <= tStart <= tEnd <= duration, got"
          + " tStart = " + tStart + ", tEnd = " + tEnd + ", duration = " + duration + " ms");
    }
    double[] samples = new double[Steps.ceil(duration, dt)];
    int p1 = Steps.ceil(tStart, dt);
    int p2 = Math.min(samples.length, Steps.ceil(tEnd, dt));
    linspace(samples, p1, p2, cStart, cEnd);
    return Current.wrap(samples, dt, duration);
  }

  /** BrainPy 1.0's name for {@link #rampInput(double, double, double, double, double, double)}. */
  public static Current rampCurrent(double cStart, double cEnd, double duration, double tStart,
      double tEnd, double dt) {
    return rampInput(cStart, cEnd, duration, tStart, tEnd, dt);
  }

  /** NumPy's {@code linspace(a, b, to - from)} into {@code out[from, to)}: {@code a + k step}, last = b. */
  private static void linspace(double[] out, int from, int to, double a, double b) {
    int n = to - from;
    if (n <= 0) {
      return;
    }
    double step = n > 1 ? (b - a) / (n - 1) : 0;
    for (int k = 0; k < n; k++) {
      out[from + k] = a + k * step;
    }
    if (n > 1) {
      out[to - 1] = b;
    }
  }

  private static double[] filled(int n, double v) {
    double[] a = new double[n];
    Arrays.fill(a, v);
    return a;
  }

  private static void checkTime(double t, String what) {
    if (!(t >= 0) || Double.isInfinite(t)) {
      throw new IllegalArgumentException(what + " must be a finite time >= 0 ms, got " + t);
    }
  }
}
