package org.brainj.runtime.backend;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;

/**
 * The {@code Math} functions without an exactly specified lane-wise form, for the generated
 * Vector API kernels: applied lane by lane with {@code Math}, so they give exactly the scalar
 * backend's bits, on every execution.
 *
 * <p>Why not the Vector API's lane-wise {@code LOG}, {@code TANH}, ...: they are computed by one
 * algorithm (per-lane {@code Math}) before C2 compiles the kernel and by another (the JIT's vector
 * math library) after, and the two differ in the last bit, so a simulation would depend on when
 * the JIT got to it. {@code exp} and {@code expm1}, which dominate neuron models, are the
 * exception: the kernels use the lane-wise operators for their speed (see docs/vector-backend.md).
 *
 * <p>Only generated kernels load this class; it needs {@code --add-modules jdk.incubator.vector}.
 */
public final class VectorMath {
  private VectorMath() {}

  /** A one-argument {@code Math} function applied lane by lane. */
  @FunctionalInterface
  private interface Fn {
    double apply(double x);
  }

  /** A two-argument {@code Math} function applied lane by lane. */
  @FunctionalInterface
  private interface Fn2 {
    double apply(double x, double y);
  }

  private static DoubleVector lanes(DoubleVector x, double[] scratch, Fn f) {
    x.intoArray(scratch, 0);
    for (int k = 0; k < x.length(); k++) {
      scratch[k] = f.apply(scratch[k]);
    }
    return DoubleVector.fromArray(x.species(), scratch, 0);
  }

  private static DoubleVector lanes(DoubleVector x, DoubleVector y, double[] scratch, Fn2 f) {
    int n = x.length();
    x.intoArray(scratch, 0);
    y.intoArray(scratch, n);
    for (int k = 0; k < n; k++) {
      scratch[k] = f.apply(scratch[k], scratch[n + k]);
    }
    return DoubleVector.fromArray(x.species(), scratch, 0);
  }

  private static FloatVector lanes(FloatVector x, float[] scratch, Fn f) {
    x.intoArray(scratch, 0);
    for (int k = 0; k < x.length(); k++) {
      scratch[k] = (float) f.apply(scratch[k]);
    }
    return FloatVector.fromArray(x.species(), scratch, 0);
  }

  private static FloatVector lanes(FloatVector x, FloatVector y, float[] scratch, Fn2 f) {
    int n = x.length();
    x.intoArray(scratch, 0);
    y.intoArray(scratch, n);
    for (int k = 0; k < n; k++) {
      scratch[k] = (float) f.apply(scratch[k], scratch[n + k]);
    }
    return FloatVector.fromArray(x.species(), scratch, 0);
  }

  // the rest: exactly Math's values, lane by lane (scratch holds at least two vectors)

  public static DoubleVector log(DoubleVector x, double[] scratch) {
    return lanes(x, scratch, Math::log);
  }

  public static DoubleVector log10(DoubleVector x, double[] scratch) {
    return lanes(x, scratch, Math::log10);
  }

  public static DoubleVector log1p(DoubleVector x, double[] scratch) {
    return lanes(x, scratch, Math::log1p);
  }

  public static DoubleVector cbrt(DoubleVector x, double[] scratch) {
    return lanes(x, scratch, Math::cbrt);
  }

  public static DoubleVector sin(DoubleVector x, double[] scratch) {
    return lanes(x, scratch, Math::sin);
  }

  public static DoubleVector cos(DoubleVector x, double[] scratch) {
    return lanes(x, scratch, Math::cos);
  }

  public static DoubleVector tan(DoubleVector x, double[] scratch) {
    return lanes(x, scratch, Math::tan);
  }

  public static DoubleVector asin(DoubleVector x, double[] scratch) {
    return lanes(x, scratch, Math::asin);
  }

  public static DoubleVector acos(DoubleVector x, double[] scratch) {
    return lanes(x, scratch, Math::acos);
  }

  public static DoubleVector atan(DoubleVector x, double[] scratch) {
    return lanes(x, scratch, Math::atan);
  }

  public static DoubleVector sinh(DoubleVector x, double[] scratch) {
    return lanes(x, scratch, Math::sinh);
  }

  public static DoubleVector cosh(DoubleVector x, double[] scratch) {
    return lanes(x, scratch, Math::cosh);
  }

  public static DoubleVector tanh(DoubleVector x, double[] scratch) {
    return lanes(x, scratch, Math::tanh);
  }

  public static DoubleVector pow(DoubleVector x, DoubleVector y, double[] scratch) {
    return lanes(x, y, scratch, Math::pow);
  }

  public static DoubleVector atan2(DoubleVector x, DoubleVector y, double[] scratch) {
    return lanes(x, y, scratch, Math::atan2);
  }

  public static DoubleVector hypot(DoubleVector x, DoubleVector y, double[] scratch) {
    return lanes(x, y, scratch, Math::hypot);
  }

  // single precision: Math in double, rounded to float (what the scalar float code computes)

  public static FloatVector log(FloatVector x, float[] scratch) {
    return lanes(x, scratch, Math::log);
  }

  public static FloatVector log10(FloatVector x, float[] scratch) {
    return lanes(x, scratch, Math::log10);
  }

  public static FloatVector log1p(FloatVector x, float[] scratch) {
    return lanes(x, scratch, Math::log1p);
  }

  public static FloatVector cbrt(FloatVector x, float[] scratch) {
    return lanes(x, scratch, Math::cbrt);
  }

  public static FloatVector sin(FloatVector x, float[] scratch) {
    return lanes(x, scratch, Math::sin);
  }

  public static FloatVector cos(FloatVector x, float[] scratch) {
    return lanes(x, scratch, Math::cos);
  }

  public static FloatVector tan(FloatVector x, float[] scratch) {
    return lanes(x, scratch, Math::tan);
  }

  public static FloatVector asin(FloatVector x, float[] scratch) {
    return lanes(x, scratch, Math::asin);
  }

  public static FloatVector acos(FloatVector x, float[] scratch) {
    return lanes(x, scratch, Math::acos);
  }

  public static FloatVector atan(FloatVector x, float[] scratch) {
    return lanes(x, scratch, Math::atan);
  }

  public static FloatVector sinh(FloatVector x, float[] scratch) {
    return lanes(x, scratch, Math::sinh);
  }

  public static FloatVector cosh(FloatVector x, float[] scratch) {
    return lanes(x, scratch, Math::cosh);
  }

  public static FloatVector tanh(FloatVector x, float[] scratch) {
    return lanes(x, scratch, Math::tanh);
  }

  public static FloatVector pow(FloatVector x, FloatVector y, float[] scratch) {
    return lanes(x, y, scratch, Math::pow);
  }

  public static FloatVector atan2(FloatVector x, FloatVector y, float[] scratch) {
    return lanes(x, y, scratch, Math::atan2);
  }

  public static FloatVector hypot(FloatVector x, FloatVector y, float[] scratch) {
    return lanes(x, y, scratch, Math::hypot);
  }
}
