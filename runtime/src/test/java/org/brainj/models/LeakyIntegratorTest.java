package org.brainj.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * LeakyIntegrator against its exact solution under constant input,
 * {@code V(t) = V_inf + (V0 - V_inf) e^{-t/tau}} with {@code V_inf = vRest + R I}.
 *
 * <p>Error bound for rk4. On this linear equation one rk4 step multiplies the distance to
 * {@code V_inf} by {@code P(z) = 1 + z + z^2/2 + z^3/6 + z^4/24}, {@code z = -dt/tau}, instead of
 * {@code e^z}; {@code P(z) - e^z = |z|^5/120 (1 + O(|z|))}. After {@code n} steps the error is
 * {@code |V0 - V_inf| (P^n - e^{nz}) <= |V0 - V_inf| n (P - e^z) P^{n-1}}, largest near
 * {@code n = 1/|z|}, where {@code n e^{(n-1)z} = e^{|z|}/(e |z|)}. Hence
 * {@code max_n |error| <= |V0 - V_inf| |z|^4 e^{|z|} (1 + |z|/6) / (120 e)}: 3.1e-10 mV for a 10 mV
 * step at {@code dt = 0.1}, {@code tau = 10}, and 16 times less (times e^{-|z|/2}) when dt halves.
 */
class LeakyIntegratorTest {

  /** The bound derived above, plus 1e-12 mV for rounding over a few thousand steps. */
  private static double rk4Bound(double deltaV, double dt, double tau) {
    double z = dt / tau;
    return Math.abs(deltaV) * Math.pow(z, 4) * Math.exp(z) * (1 + z / 6) / (120 * Math.E) + 1e-12;
  }

  /** Max |V - exact| over a run of {@code duration} ms with constant input. */
  private static double maxError(LeakyIntegratorGroup g, double current, double dt,
      double duration) {
    double vRest = g.vRest().get(0);
    double r = g.R().get(0);
    double tau = g.tau().get(0);
    double v0 = g.V().get(0);
    double vInf = vRest + r * current;
    double[] max = {0};
    int steps = (int) Math.round(duration / dt);
    ModelTestSupport.run(g, g.input(), current, dt, steps, k -> {
      double t = (k + 1) * dt; // V after step k is V at the end of that step
      double exact = vInf + (v0 - vInf) * Math.exp(-t / tau);
      max[0] = Math.max(max[0], Math.abs(g.V().get(0) - exact));
    });
    return max[0];
  }

  @Test
  void constantInputMatchesTheExactSolutionWithinTheRk4Bound() {
    // BrainPy defaults: V_rest = 0, R = 1, tau = 10, V0 = 0; input 10 -> V_inf = 10
    LeakyIntegratorGroup g = LeakyIntegratorGroup.builder(1).build();
    assertEquals(0, g.V().get(0));
    double err = maxError(g, 10, 0.1, 100);
    double bound = rk4Bound(10, 0.1, 10);
    System.out.printf("LeakyIntegrator dt=0.1: max error %.3e mV, bound %.3e mV%n", err, bound);
    assertTrue(err <= bound, "max error " + err + " > bound " + bound);
    // and V really went to V_inf: after 10 tau it is within 10 e^-10 of 10
    assertEquals(10, g.V().get(0), 10 * Math.exp(-10) * 1.01);
  }

  @Test
  void parametersEnterAsRestPlusRTimesInput() {
    LeakyIntegratorGroup g =
        LeakyIntegratorGroup.builder(1).vRest(-65).R(2).tau(20).V(-70).build();
    double err = maxError(g, 5, 0.1, 200); // V_inf = -65 + 2 * 5 = -55, 15 mV away
    assertTrue(err <= rk4Bound(15, 0.1, 20), "max error " + err);
    assertEquals(-55, g.V().get(0), 15 * Math.exp(-10) * 1.01);
  }

  @Test
  void errorShrinksSixteenfoldWhenDtHalves() {
    double coarse = maxError(LeakyIntegratorGroup.builder(1).build(), 10, 0.1, 100);
    double fine = maxError(LeakyIntegratorGroup.builder(1).build(), 10, 0.05, 100);
    double ratio = coarse / fine;
    System.out.printf("LeakyIntegrator error dt=0.1 %.3e, dt=0.05 %.3e, ratio %.2f%n", coarse, fine,
        ratio);
    // the bound's ratio is 16 e^{0.005} (1.0017 / 1.0008) = 16.09; rounding (1e-13) is negligible
    assertEquals(16.09, ratio, 0.5);
  }

  @Test
  void inputIsConsumedEachStepSoVDecaysWhenItStops() {
    LeakyIntegratorGroup g = LeakyIntegratorGroup.builder(1).build();
    double dt = 0.1;
    ModelTestSupport.run(g, g.input(), 10, dt, 500, null); // 50 ms of input 10
    double v50 = g.V().get(0);
    assertEquals(10 * (1 - Math.exp(-5)), v50, rk4Bound(10, dt, 10));
    ModelTestSupport.run(g, g.input(), 0, dt, 300, null); // 30 ms without input
    assertEquals(v50 * Math.exp(-3), g.V().get(0), rk4Bound(10, dt, 10));
    assertEquals(0, g.input().get(0));
  }
}
