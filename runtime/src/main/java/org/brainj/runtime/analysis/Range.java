package org.brainj.runtime.analysis;

import java.util.Objects;

/**
 * The interval {@code [min, max]} of a variable or parameter an analysis explores (BrainPy's
 * {@code {'V': [-3, 3]}}).
 */
public record Range(String name, double min, double max) {
  public Range {
    Objects.requireNonNull(name, "name");
    if (!(min < max) || !Double.isFinite(min) || !Double.isFinite(max)) {
      throw new IllegalArgumentException("the range of '" + name + "' needs finite min < max, got ["
          + min + ", " + max + "]");
    }
  }

  /** {@code max - min}. */
  public double width() {
    return max - min;
  }

  /** Whether {@code x} is in the range, allowing {@code slack * width()} outside. */
  public boolean contains(double x, double slack) {
    double s = slack * width();
    return x >= min - s && x <= max + s;
  }
}
