package org.brainj.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.brainj.runtime.group.Clock;
import org.brainj.runtime.group.NeuronGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Convergence orders of the processor's Runge-Kutta expansions, measured on the test-only models
 * of {@link OrderTestModels}: the global error at {@code T} for {@code dt = T / N} and several
 * {@code N}, and the least-squares slope of log(error) against log(dt).
 *
 * <p>Tolerance of the slope, +-0.25: the global error is {@code C dt^p (1 + O(dt))}, so over a
 * range of {@code dt} the fitted slope differs from {@code p} by about the relative change of the
 * correction term across the range; the step sizes are chosen small enough for that to be a few
 * hundredths (measured: +0.00 to +0.03, and -0.07 for rk4_38rule, whose coarsest step is the
 * least asymptotic). A wrong tableau entry or stage time {@code c_i} breaks an order condition
 * and drops the order by at least one (a leading -1 weight negated twice made rk3 first order:
 * measured slope 1.02), and a right tableau does not show order {@code p + 1} on this problem
 * (its leading error coefficient is not zero), so +-0.25 separates right from wrong with a wide
 * margin on both sides. The range stays above rounding: the smallest rk4 error is about 1e-11,
 * far above the 1e-16 * N rounding floor.
 */
class IntegratorOrderTest {
  private static final double T = 2.0;

  static Stream<Arguments> methods() {
    return Stream.of(
        Arguments.of("euler", 1, (Supplier<NeuronGroup>) () -> OrdEulerGroup.builder(1).build()),
        Arguments.of("midpoint", 2, (Supplier<NeuronGroup>) () -> OrdMidpointGroup.builder(1).build()),
        Arguments.of("heun2", 2, (Supplier<NeuronGroup>) () -> OrdHeun2Group.builder(1).build()),
        Arguments.of("ralston2", 2, (Supplier<NeuronGroup>) () -> OrdRalston2Group.builder(1).build()),
        Arguments.of("rk2", 2, (Supplier<NeuronGroup>) () -> OrdRk2Group.builder(1).build()),
        Arguments.of("rk3", 3, (Supplier<NeuronGroup>) () -> OrdRk3Group.builder(1).build()),
        Arguments.of("heun3", 3, (Supplier<NeuronGroup>) () -> OrdHeun3Group.builder(1).build()),
        Arguments.of("ralston3", 3, (Supplier<NeuronGroup>) () -> OrdRalston3Group.builder(1).build()),
        Arguments.of("ssprk3", 3, (Supplier<NeuronGroup>) () -> OrdSsprk3Group.builder(1).build()),
        Arguments.of("rk4", 4, (Supplier<NeuronGroup>) () -> OrdRk4Group.builder(1).build()),
        Arguments.of("ralston4", 4, (Supplier<NeuronGroup>) () -> OrdRalston4Group.builder(1).build()),
        Arguments.of("rk4_38rule", 4,
            (Supplier<NeuronGroup>) () -> OrdRk4Rule38Group.builder(1).build()));
  }

  /** Step counts per order: small enough dt for the asymptotic regime, large enough error for rounding. */
  private static int[] stepCounts(int order) {
    return order <= 2 ? new int[] {80, 160, 320, 640, 1280}
        : order == 3 ? new int[] {40, 80, 160, 320, 640}
        : new int[] {20, 40, 80, 160, 320};
  }

  @ParameterizedTest(name = "{0} has order {1}")
  @MethodSource("methods")
  void globalErrorShrinksWithTheMethodsOrder(String method, int order,
      Supplier<NeuronGroup> factory) {
    int[] ns = stepCounts(order);
    double[] dts = new double[ns.length];
    double[] errors = new double[ns.length];
    double exact = 1 / (1 + T * T);
    for (int k = 0; k < ns.length; k++) {
      NeuronGroup g = factory.get();
      dts[k] = T / ns[k];
      run(g, dts[k], ns[k]);
      errors[k] = Math.abs(g.var("y").get(0) - exact);
    }
    double slope = logLogSlope(dts, errors);
    System.out.printf("order %-10s expected %d: slope %.4f, errors %s%n", method, order, slope,
        java.util.Arrays.toString(errors));
    assertEquals(order, slope, 0.25, method + ": measured order " + slope);
  }

  @Test
  void jointIntegrationKeepsFourthOrderAndIntegrateEachIsFirstOrder() {
    // x' = v, v' = -x, x(0) = 1, v(0) = 0: x = cos t, v = -sin t
    double t = 2.0;
    int[] ns = {20, 40, 80, 160, 320};
    double[] dts = new double[ns.length];
    double[] joint = new double[ns.length];
    double[] each = new double[ns.length];
    for (int k = 0; k < ns.length; k++) {
      dts[k] = t / ns[k];
      NeuronGroup j = JointOscillatorGroup.builder(1).build();
      run(j, dts[k], ns[k]);
      joint[k] = Math.hypot(j.var("x").get(0) - Math.cos(t), j.var("v").get(0) + Math.sin(t));
      NeuronGroup e = EachOscillatorGroup.builder(1).build();
      run(e, dts[k], ns[k]);
      each[k] = Math.hypot(e.var("x").get(0) - Math.cos(t), e.var("v").get(0) + Math.sin(t));
    }
    double jointSlope = logLogSlope(dts, joint);
    double eachSlope = logLogSlope(dts, each);
    System.out.printf("oscillator rk4 joint slope %.4f %s; each slope %.4f %s%n", jointSlope,
        java.util.Arrays.toString(joint), eachSlope, java.util.Arrays.toString(each));
    assertEquals(4, jointSlope, 0.25);
    assertEquals(1, eachSlope, 0.25);
    // each on its own is exactly forward Euler for the pair: x1 = x0 + dt v0, v1 = v0 - dt x0
    NeuronGroup e = EachOscillatorGroup.builder(1).build();
    run(e, 0.1, 1);
    assertEquals(1.0, e.var("x").get(0), 0);
    assertEquals(-0.1, e.var("v").get(0), 1e-16); // 1/6 + 1/3 + 1/3 + 1/6 rounds to 1 - 2^-53
    assertTrue(each[0] > 1000 * joint[0]);
  }

  static void run(NeuronGroup g, double dt, int steps) {
    Clock clock = new Clock(dt);
    for (int k = 0; k < steps; k++) {
      clock.set(k * dt, k);
      g.executeStep(0, clock);
    }
  }

  /** Least-squares slope of log(y) against log(x). */
  static double logLogSlope(double[] x, double[] y) {
    int n = x.length;
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += Math.log(x[i]) / n;
      my += Math.log(y[i]) / n;
    }
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < n; i++) {
      double dx = Math.log(x[i]) - mx;
      sxy += dx * (Math.log(y[i]) - my);
      sxx += dx * dx;
    }
    return sxy / sxx;
  }
}
