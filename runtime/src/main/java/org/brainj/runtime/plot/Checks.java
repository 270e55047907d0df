package org.brainj.runtime.plot;

/** Argument checks whose messages name the argument at fault and the offending value. */
final class Checks {
  private Checks() {}

  /**
   * Data to plot: not null, not empty, no infinite values (NaN is allowed and leaves a gap).
   *
   * @param what the argument, e.g. {@code "y of series 'V[0]'"}
   */
  static double[] data(String what, double[] values) {
    if (values == null) {
      throw new IllegalArgumentException(what + " is null");
    }
    if (values.length == 0) {
      throw new IllegalArgumentException(what + " is empty");
    }
    for (int i = 0; i < values.length; i++) {
      if (Double.isInfinite(values[i])) {
        throw new IllegalArgumentException(what + " has " + values[i] + " at index " + i);
      }
    }
    return values;
  }

  /** Two arrays that pair up element by element. */
  static void sameLength(String what, String aName, double[] a, String bName, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          what + ": " + aName + " has " + a.length + " values but " + bName + " has " + b.length);
    }
  }

  /** A positive count or size. */
  static int positive(String what, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(what + " must be positive, got " + value);
    }
    return value;
  }
}
