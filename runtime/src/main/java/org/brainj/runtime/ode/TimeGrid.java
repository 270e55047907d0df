package org.brainj.runtime.ode;

/**
 * The steps from {@code t0} to {@code t1}: {@code n} steps of {@code dt} starting at
 * {@code t0 + k dt}, the last one shortened to end at {@code t1} when {@code (t1 - t0) / dt} is
 * not a whole number (within 1e-9 relative).
 */
record TimeGrid(double t0, double t1, double dt, long steps, boolean partialLast) {
  /** Tolerance on {@code (t1 - t0) / dt} being a whole number. */
  static final double WHOLE = 1e-9;

  static TimeGrid of(double t0, double t1, double dt) {
    if (!(dt > 0) || Double.isInfinite(dt)) {
      throw new IllegalArgumentException("the step dt must be positive and finite, got " + dt);
    }
    if (!Double.isFinite(t0) || !Double.isFinite(t1) || t1 < t0) {
      throw new IllegalArgumentException("the interval must be finite with t1 >= t0, got ["
          + t0 + ", " + t1 + "]");
    }
    double ratio = (t1 - t0) / dt;
    if (ratio > 1e15) {
      throw new IllegalArgumentException("[" + t0 + ", " + t1 + "] with dt = " + dt + " is "
          + ratio + " steps; too many");
    }
    long whole = Math.round(ratio);
    if (Math.abs(ratio - whole) <= WHOLE * Math.max(1, ratio)) {
      return new TimeGrid(t0, t1, dt, whole, false);
    }
    long full = (long) Math.floor(ratio);
    return new TimeGrid(t0, t1, dt, full + 1, true);
  }

  /** The time at which step {@code k} starts. */
  double time(long k) {
    return t0 + k * dt;
  }

  /** The time after step {@code k}: the start of the next, or {@code t1} after a short last one. */
  double end(long k) {
    return partialLast && k == steps - 1 ? t1 : t0 + (k + 1) * dt;
  }

  /** The size of step {@code k}. */
  double stepSize(long k) {
    return partialLast && k == steps - 1 ? t1 - time(k) : dt;
  }
}
