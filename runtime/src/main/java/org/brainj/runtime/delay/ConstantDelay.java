package org.brainj.runtime.delay;

import java.util.Arrays;

/**
 * A delayed copy of a whole state vector (BrainPy's {@code register_constant_delay}, manual 3.2):
 * each step {@link #push(double[])} the current values and {@link #pull()} the values pushed
 * {@code delaySteps} pushes earlier (zeros, or the initial value, before that). A ring buffer of
 * {@code delaySteps + 1} rows indexed by step; nothing is allocated after construction.
 *
 * <p>A delay in ms is turned into steps by {@link #steps(double, double)}: rounded to the nearest
 * step, the same rule as projection delays.
 */
public final class ConstantDelay {
  private final String name;
  private final int size;
  private final int delaySteps;
  private final double[][] rows;
  private final double initial;
  private long pushes;

  /**
   * @param name what the delayed variable is called, for error messages
   * @param size the vector's length
   * @param delaySteps how many pushes later a value is pulled; 0 returns the value just pushed
   * @param initial what {@link #pull()} returns before enough values were pushed
   */
  public ConstantDelay(String name, int size, int delaySteps, double initial) {
    if (size <= 0) {
      throw new IllegalArgumentException("delay '" + name + "': size must be positive, got "
          + size);
    }
    if (delaySteps < 0) {
      throw new IllegalArgumentException("delay '" + name + "': the delay must be >= 0 steps, got "
          + delaySteps);
    }
    this.name = name;
    this.size = size;
    this.delaySteps = delaySteps;
    this.initial = initial;
    this.rows = new double[delaySteps + 1][size];
    reset();
  }

  /** A delay of {@code delayMs} on a grid of {@code dt}: the nearest whole number of steps. */
  public static int steps(double delayMs, double dt) {
    if (!(delayMs >= 0) || !(dt > 0) || Double.isInfinite(delayMs)) {
      throw new IllegalArgumentException("a delay needs delay >= 0 and dt > 0, got delay "
          + delayMs + " ms, dt " + dt + " ms");
    }
    return (int) Math.round(delayMs / dt);
  }

  public int delaySteps() {
    return delaySteps;
  }

  /** Stores this step's values (copied). */
  public void push(double[] values) {
    if (values.length != size) {
      throw new IllegalArgumentException("delay '" + name + "': pushed " + values.length
          + " values into a delay of size " + size);
    }
    System.arraycopy(values, 0, rows[(int) (pushes % rows.length)], 0, size);
    pushes++;
  }

  /**
   * The values pushed {@code delaySteps} pushes before the latest one (a view: copy it if it must
   * outlive the next push). Before any push, or while fewer than {@code delaySteps + 1} values were
   * pushed, the rows still hold the initial value.
   */
  public double[] pull() {
    if (pushes == 0) {
      return rows[0];
    }
    long at = pushes - 1 - delaySteps;
    if (at < 0) {
      at = pushes; // a row not written yet: still the initial value
    }
    return rows[(int) (at % rows.length)];
  }

  /** Forgets everything pushed; every row holds the initial value again. */
  public void reset() {
    for (double[] row : rows) {
      Arrays.fill(row, initial);
    }
    pushes = 0;
  }
}
