package org.brainj.runtime.connect;

import java.util.Arrays;

/** Geometry checks shared by the connectors; every error names the connector and the parameter. */
final class Shapes {
  private Shapes() {}

  /** The number of neurons of a shape (product of its dimensions). */
  static int size(String who, String param, int[] shape) {
    if (shape == null || shape.length == 0) {
      throw new IllegalArgumentException(
          who + ": " + param + " must have at least one dimension, got " + Arrays.toString(shape));
    }
    long n = 1;
    for (int d : shape) {
      if (d < 0) {
        throw new IllegalArgumentException(
            who + ": " + param + " has a negative dimension: " + Arrays.toString(shape));
      }
      n *= d;
      if (n > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(
            who + ": " + param + " " + Arrays.toString(shape) + " has more than 2^31-1 neurons");
      }
    }
    return (int) n;
  }

  /** A one- or two-dimensional shape as {height, width}; one dimension n is (n, 1) as in BrainPy. */
  static int[] heightWidth(String who, String param, int[] shape) {
    size(who, param, shape);
    if (shape.length == 1) {
      return new int[] {shape[0], 1};
    }
    if (shape.length == 2) {
      return new int[] {shape[0], shape[1]};
    }
    throw new IllegalArgumentException(
        who
            + ": only one- or two-dimensional geometry is supported, got "
            + param
            + " "
            + Arrays.toString(shape));
  }

  static void requireSameShape(String who, int[] preShape, int[] postShape) {
    if (!Arrays.equals(preShape, postShape)) {
      throw new IllegalArgumentException(
          who
              + ": preShape and postShape must be equal, got "
              + Arrays.toString(preShape)
              + " and "
              + Arrays.toString(postShape));
    }
  }

  static void requireSameSize(String who, int preNum, int postNum) {
    if (preNum != postNum) {
      throw new IllegalArgumentException(
          who
              + ": pre and post groups must have the same size, got preNum="
              + preNum
              + " and postNum="
              + postNum);
    }
  }

  static double probability(String who, String param, double p) {
    if (!(p >= 0.0 && p <= 1.0)) {
      throw new IllegalArgumentException(who + ": " + param + " must be in [0, 1], got " + p);
    }
    return p;
  }

  static double positive(String who, String param, double v) {
    if (!(v > 0.0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(
          who + ": " + param + " must be positive and finite, got " + v);
    }
    return v;
  }

  static double finite(String who, String param, double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(who + ": " + param + " must be finite, got " + v);
    }
    return v;
  }

  static double nonNegative(String who, String param, double v) {
    if (!(v >= 0.0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(
          who + ": " + param + " must be >= 0 and finite, got " + v);
    }
    return v;
  }
}
