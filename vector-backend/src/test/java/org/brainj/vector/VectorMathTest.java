package org.brainj.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.brainj.runtime.backend.VectorMath;
import org.junit.jupiter.api.Test;

/**
 * {@link VectorMath}: the functions are exactly {@code Math}'s, lane by lane.
 */
class VectorMathTest {
  private static final VectorSpecies<Double> S = DoubleVector.SPECIES_256;

  private static double[] apply(UnaryOperator<DoubleVector> f, double[] xs) {
    double[] out = new double[xs.length];
    for (int i = 0; i < xs.length; i += S.length()) {
      f.apply(DoubleVector.fromArray(S, xs, i)).intoArray(out, i);
    }
    return out;
  }

  private static double[] samples() {
    SplittableRandom rng = new SplittableRandom(7);
    double[] xs = new double[40_000];
    for (int i = 0; i < xs.length; i++) {
      double u = rng.nextDouble();
      xs[i] = switch (i % 4) {
        case 0 -> -750 + 1465 * u;             // the whole range, overflow and underflow included
        case 1 -> -2 + 4 * u;                  // where neuron models live
        case 2 -> (u - 0.5) * 1e-6;            // tiny arguments (expm1's cancellation)
        default -> -745.2 + 40 * u;            // subnormal results
      };
    }
    return xs;
  }

  @Test
  void otherFunctionsAreMathLaneByLane() {
    double[] xs = samples();
    double[] ys = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = xs[i] * 1e-3 + 0.5;  // inside every domain
      ys[i] = 1.5 - xs[i];
    }
    double[] scratch = new double[2 * S.length()];
    assertEquals(0, mismatches(Math::log, apply(x -> VectorMath.log(x, scratch), xs), xs));
    assertEquals(0, mismatches(Math::tanh, apply(x -> VectorMath.tanh(x, scratch), xs), xs));
    assertEquals(0, mismatches(Math::sin, apply(x -> VectorMath.sin(x, scratch), xs), xs));
    double[] pow = new double[xs.length];
    for (int i = 0; i < xs.length; i += S.length()) {
      VectorMath.pow(DoubleVector.fromArray(S, xs, i), DoubleVector.fromArray(S, ys, i), scratch)
          .intoArray(pow, i);
    }
    for (int i = 0; i < xs.length; i++) {
      assertEquals(Double.doubleToRawLongBits(Math.pow(xs[i], ys[i])),
          Double.doubleToRawLongBits(pow[i]), "pow at " + i);
    }
  }

  private static int mismatches(DoubleUnaryOperator f, double[] got, double[] xs) {
    int n = 0;
    for (int i = 0; i < xs.length; i++) {
      if (Double.doubleToRawLongBits(f.applyAsDouble(xs[i]))
          != Double.doubleToRawLongBits(got[i])) {
        n++;
      }
    }
    return n;
  }
}
