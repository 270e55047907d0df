package org.brainj.runtime.backend;

import java.util.Arrays;
import org.brainj.runtime.group.Parameter;

/**
 * A parameter as vector kernels read it: one scalar when it is shared by all elements, else one
 * value per element. A shared parameter read by a loop that also reads a per-element one is
 * expanded into an array once, and again only when its value changes.
 */
public final class ParameterLanes {
  private final Parameter parameter;
  private final int size;
  private double[] expanded;
  private long expandedBits;

  public ParameterLanes(Parameter parameter, int size) {
    this.parameter = parameter;
    this.size = size;
  }

  /** Whether every element has the same value. */
  public boolean shared() {
    return parameter.stride() == 0;
  }

  /** The shared value; only meaningful when {@link #shared()}. */
  public double value() {
    return parameter.values()[0];
  }

  /** One value per element. */
  public double[] lanes() {
    if (!shared()) {
      return parameter.values();
    }
    double v = value();
    long bits = Double.doubleToRawLongBits(v);
    if (expanded == null || bits != expandedBits) {
      expanded = new double[size];
      Arrays.fill(expanded, v);
      expandedBits = bits;
    }
    return expanded;
  }
}
