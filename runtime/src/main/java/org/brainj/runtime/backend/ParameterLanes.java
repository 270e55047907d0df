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

  /** Float lanes and the values they were rounded from (a per-element array is never changed in
   * place: {@code Parameter.set} replaces it), published together. */
  private volatile Rounded rounded;

  private record Rounded(double[] from, long bits, float[] lanes) {}

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

  /** The shared value rounded to float, for single-precision kernels. */
  public float floatValue() {
    return (float) value();
  }

  /** One value per element rounded to float, for single-precision kernels; cached. */
  public float[] floatLanes() {
    double[] from = parameter.values();
    long bits = Double.doubleToRawLongBits(from[0]);
    Rounded r = rounded;
    if (r == null || r.from() != from || r.bits() != bits) {
      float[] lanes = new float[size];
      if (shared()) {
        Arrays.fill(lanes, (float) from[0]);
      } else {
        for (int i = 0; i < size; i++) {
          lanes[i] = (float) from[i];
        }
      }
      r = new Rounded(from, bits, lanes);
      rounded = r; // filled before it is published
    }
    return r.lanes();
  }
}
