package org.brainj.runtime.input;

import java.util.Arrays;
import java.util.Objects;

/**
 * An input sampled on a time grid: one value per step of {@code dt} ms, with the total duration it
 * was made for (BrainPy's {@code (current, duration)} pair). Made by {@link Inputs} or
 * {@link #of(double[], double)}, and given to a runner as an input value:
 *
 * <pre>{@code
 * Current c = Inputs.periodInput(new double[] {0, 1, 0}, new double[] {100, 300, 100}, 0.1);
 * net.runner().dt(0.1).input(g.input(), c).run(c.duration());
 * }</pre>
 *
 * <p>Sample {@code k} is fed at step {@code k} of each run, as {@link InputValue#perStep} does.
 * A run must use the dt the current was made with, and may not have more steps than the current
 * has samples; both are checked before the run starts. A current is immutable.
 */
public final class Current implements InputValue {
  private final double[] samples;
  private final double dt;
  private final double duration;

  private Current(double[] samples, double dt, double duration) {
    this.samples = samples;
    this.dt = dt;
    this.duration = duration;
  }

  /** A current of the given samples (copied), one per step of {@code dt} ms. */
  public static Current of(double[] samples, double dt) {
    Objects.requireNonNull(samples, "current samples");
    Steps.checkDt(dt, "Current.of");
    return new Current(samples.clone(), dt, samples.length * dt);
  }

  /** Wraps samples made by {@link Inputs} (not copied). */
  static Current wrap(double[] samples, double dt, double duration) {
    return new Current(samples, dt, duration);
  }

  /** The samples, one per step (a copy). */
  public double[] samples() {
    return samples.clone();
  }

  /** Sample {@code k}: the value at step {@code k}, time {@code k * dt}. */
  public double get(int k) {
    return samples[k];
  }

  /** The number of samples (steps). */
  public int length() {
    return samples.length;
  }

  /** The time step in ms the current was sampled with. */
  public double dt() {
    return dt;
  }

  /**
   * The duration in ms the current was made for (BrainPy's returned length): the sum of the
   * sections' durations, or the {@code duration} argument; {@code length() = ceil(duration / dt)}.
   */
  public double duration() {
    return duration;
  }

  /** The time of each sample, {@code k * dt} (a new array), for plotting. */
  public double[] times() {
    double[] t = new double[samples.length];
    for (int k = 0; k < t.length; k++) {
      t[k] = k * dt;
    }
    return t;
  }

  /**
   * The sample-wise sum of two currents of the same dt and length, e.g. a ramp plus spikes
   * (BrainPy adds the arrays).
   */
  public Current plus(Current other) {
    Objects.requireNonNull(other, "current");
    if (!Steps.sameDt(dt, other.dt) || samples.length != other.samples.length) {
      throw new IllegalArgumentException(
          "Current.plus: currents differ: " + describe() + " vs " + other.describe()
              + "; add currents made with the same dt and duration");
    }
    double[] sum = new double[samples.length];
    for (int k = 0; k < sum.length; k++) {
      sum[k] = samples[k] + other.samples[k];
    }
    return new Current(sum, dt, Math.max(duration, other.duration));
  }

  /** The samples themselves, for the input loop. */
  double[] series() {
    return samples;
  }

  @Override
  public String describe() {
    return "current of " + samples.length + " steps at dt = " + dt + " ms";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Current c
        && Double.compare(dt, c.dt) == 0
        && Double.compare(duration, c.duration) == 0
        && Arrays.equals(samples, c.samples);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(samples) + Double.hashCode(dt);
  }

  @Override
  public String toString() {
    return "Current(" + samples.length + " steps, dt = " + dt + " ms, duration = " + duration
        + " ms)";
  }
}
