package org.brainj.runtime.monitor;

import java.util.Objects;
import org.brainj.runtime.group.StateVar;

/**
 * A configured variable monitor (manual 8.1, 8.2): which variable, which neurons, and how often
 * ({@code period == 0}: every step; otherwise every {@code period} ms, a multiple of {@code dt}).
 * Created through the runner ({@code runner.monitor(E.V(), Indices.of(1, 2, 3), 1.0)}).
 */
public final class Monitor {
  private final StateVar variable;
  private final Indices indices;
  private final double period;

  private Monitor(StateVar variable, Indices indices, double period) {
    this.variable = variable;
    this.indices = indices;
    this.period = period;
  }

  /**
   * A validated monitor: indices inside the group; {@code period} 0 (every step) or positive. That
   * the period is a multiple of {@code dt} is checked when a run starts, since dt may change.
   */
  public static Monitor of(StateVar variable, Indices indices, double period) {
    Objects.requireNonNull(variable, "monitored variable");
    Objects.requireNonNull(indices, "monitor indices");
    indices.check(variable);
    if (!(period >= 0) || Double.isInfinite(period)) {
      throw new IllegalArgumentException(
          "monitor of '" + name(variable) + "': period must be a positive number of ms (or 0 for"
              + " every step), got " + period);
    }
    return new Monitor(variable, indices, period);
  }

  static String name(StateVar v) {
    return v.group().name() + "." + v.name();
  }

  /**
   * The number of steps between records for time step {@code dt}: 1 for every step, else
   * {@code round(period / dt)}; the period must be at least dt and a multiple of it within 1e-9
   * (relative).
   */
  public int stride(double dt) {
    if (period == 0) {
      return 1;
    }
    double ratio = period / dt;
    long k = Math.round(ratio);
    if (period < dt * (1 - 1e-9)) {
      throw new IllegalArgumentException(
          "monitor of '" + name() + "': period " + period + " ms is shorter than dt = " + dt
              + " ms; use a period >= dt (or none to record every step)");
    }
    if (Math.abs(ratio - k) > 1e-9 * ratio || k > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "monitor of '" + name() + "': period " + period + " ms is not a multiple of dt = " + dt
              + " ms (" + ratio + " steps); use a multiple of dt");
    }
    return (int) k;
  }

  public StateVar variable() {
    return variable;
  }

  public Indices indices() {
    return indices;
  }

  /** The recording period in ms; 0 means every step. */
  public double period() {
    return period;
  }

  /** {@code "group.variable"}, e.g. {@code "E.V"}. */
  public String name() {
    return name(variable);
  }

  @Override
  public String toString() {
    return name() + (indices.isAll() ? "" : indices.toString())
        + (period == 0 ? "" : " every " + period + " ms");
  }
}
