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
  /** The expanded copy and the value it holds, published together (threads share this object). */
  private volatile Expanded expanded;

  private record Expanded(long bits, double[] lanes) {}

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
    Expanded e = expanded;
    if (e == null || e.bits() != bits) {
      double[] lanes = new double[size];
      Arrays.fill(lanes, v);
      e = new Expanded(bits, lanes);
      expanded = e; // filled before it is published
    }
    return e.lanes();
  }
}
