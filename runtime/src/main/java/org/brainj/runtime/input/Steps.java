package org.brainj.runtime.input;

/**
 * Times to step counts for sampled inputs. BrainPy computes {@code int(t / dt)} and
 * {@code ceil(t / dt)} in floating point, so {@code 0.3 / 0.1 = 2.9999999999999996} would lose a
 * step; here a quotient within {@code 1e-9} (relative) of a whole number counts as that number,
 * and only quotients clearly between two integers are floored or ceiled.
 */
final class Steps {
  private Steps() {}

  private static final double TOLERANCE = 1e-9;

  /** {@code floor(time / dt)}, exact for times on the grid. */
  static int floor(double time, double dt) {
    double r = time / dt;
    double n = Math.rint(r);
    return toInt(Math.abs(r - n) <= TOLERANCE * Math.max(1, Math.abs(r)) ? n : Math.floor(r));
  }

  /** {@code ceil(time / dt)}, exact for times on the grid. */
  static int ceil(double time, double dt) {
    double r = time / dt;
    double n = Math.rint(r);
    return toInt(Math.abs(r - n) <= TOLERANCE * Math.max(1, Math.abs(r)) ? n : Math.ceil(r));
  }

  private static int toInt(double n) {
    if (n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "an input of " + n + " steps is too long; use a larger dt or a shorter duration");
    }
    return (int) n;
  }

  /** Whether two time steps are the same up to rounding (relative 1e-9). */
  static boolean sameDt(double a, double b) {
    return Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
  }

  static void checkDt(double dt, String where) {
    if (!(dt > 0) || Double.isInfinite(dt)) {
      throw new IllegalArgumentException(where + ": dt must be a positive number of ms, got " + dt);
    }
  }
}
