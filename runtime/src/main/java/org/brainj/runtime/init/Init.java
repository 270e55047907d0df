package org.brainj.runtime.init;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;
import org.brainj.runtime.random.CounterRng;

/**
 * How to fill a per-neuron array: a constant, given values, or a random distribution. Used for
 * initial values of variables and for heterogeneous parameters.
 *
 * <pre>{@code LIFGroup.builder(100).V(Init.normal(-60, 5)).tau(Init.uniform(8, 12)).build();}</pre>
 */
@FunctionalInterface
public interface Init {

  /**
   * Fills {@code out}. Random initializers draw from the counter-based generator with the given
   * seed and stream, element = neuron index, so a seed reproduces the values exactly.
   */
  void fill(double[] out, long seed, int stream);

  /** A short description for error messages and logs. */
  default String describe() {
    return "initializer";
  }

  static Init constant(double value) {
    return new Init() {
      @Override
      public void fill(double[] out, long seed, int stream) {
        Arrays.fill(out, value);
      }

      @Override
      public String describe() {
        return Double.toString(value);
      }
    };
  }

  /** Given per-neuron values; the array's length must equal the group's size. */
  static Init values(double... values) {
    double[] copy = values.clone();
    return new Init() {
      @Override
      public void fill(double[] out, long seed, int stream) {
        if (copy.length != out.length) {
          throw new IllegalArgumentException(
              "per-neuron array has length " + copy.length + " but the group has " + out.length
                  + " neurons");
        }
        System.arraycopy(copy, 0, out, 0, out.length);
      }

      @Override
      public String describe() {
        return "array of " + copy.length;
      }
    };
  }

  /** Values computed from the neuron index. */
  static Init byIndex(IntToDoubleFunction f) {
    return (out, seed, stream) -> {
      for (int i = 0; i < out.length; i++) {
        out[i] = f.applyAsDouble(i);
      }
    };
  }

  /** Normally distributed values {@code mean + sd * N(0, 1)}. */
  static Init normal(double mean, double sd) {
    if (!(sd >= 0)) {
      throw new IllegalArgumentException("Init.normal: sd must be >= 0, got " + sd);
    }
    return new Init() {
      @Override
      public void fill(double[] out, long seed, int stream) {
        for (int i = 0; i < out.length; i++) {
          out[i] = mean + sd * CounterRng.normal(seed, stream, -1L, i);
        }
      }

      @Override
      public String describe() {
        return "normal(" + mean + ", " + sd + ")";
      }
    };
  }

  /** Uniformly distributed values in [low, high). */
  static Init uniform(double low, double high) {
    if (!(high >= low)) {
      throw new IllegalArgumentException(
          "Init.uniform: high must be >= low, got [" + low + ", " + high + ")");
    }
    return new Init() {
      @Override
      public void fill(double[] out, long seed, int stream) {
        for (int i = 0; i < out.length; i++) {
          out[i] = low + (high - low) * CounterRng.uniform(seed, stream, -1L, i);
        }
      }

      @Override
      public String describe() {
        return "uniform(" + low + ", " + high + ")";
      }
    };
  }
}
