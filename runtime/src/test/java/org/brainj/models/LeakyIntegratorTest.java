package org.brainj.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * LeakyIntegrator against its exact solution under constant input,
 * {@code V(t) = V_inf + (V0 - V_inf) e^{-t/tau}} with {@code V_inf = vRest + R I}. The model is
 * integrated with exponential Euler, which is exact for this linear equation at any step size:
 * the only error is rounding, a few ulps of the values per step.
 */
class LeakyIntegratorTest {

  /** Rounding only: 1e-12 mV per step of accumulated error is far above a few ulps of 10 mV. */
  private static double roundingBound(int steps) {
    return 1e-12 * steps;
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
  void constantInputMatchesTheExactSolution() {
    // BrainPy defaults: V_rest = 0, R = 1, tau = 10, V0 = 0; input 10 -> V_inf = 10
    LeakyIntegratorGroup g = LeakyIntegratorGroup.builder(1).build();
    assertEquals(0, g.V().get(0));
    double err = maxError(g, 10, 0.1, 100);
    assertTrue(err <= roundingBound(1000), "max error " + err);
    assertEquals(10, g.V().get(0), 10 * Math.exp(-10) * 1.01);
  }

  @Test
  void parametersEnterAsRestPlusRTimesInput() {
    LeakyIntegratorGroup g =
        LeakyIntegratorGroup.builder(1).vRest(-65).R(2).tau(20).V(-70).build();
    double err = maxError(g, 5, 0.1, 200); // V_inf = -65 + 2 * 5 = -55, 15 mV away
    assertTrue(err <= roundingBound(2000), "max error " + err);
    assertEquals(-55, g.V().get(0), 15 * Math.exp(-10) * 1.01);
  }

  @Test
  void exactEvenWithStepsAsLongAsTheTimeConstant() {
    // any explicit Runge-Kutta method would be off by a large fraction at dt = tau
    for (double dt : new double[] {1, 5, 10}) {
      double err = maxError(LeakyIntegratorGroup.builder(1).build(), 10, dt, 100);
      assertTrue(err <= roundingBound(100), "dt " + dt + ": max error " + err);
    }
  }

  @Test
  void inputIsConsumedEachStepSoVDecaysWhenItStops() {
    LeakyIntegratorGroup g = LeakyIntegratorGroup.builder(1).build();
    double dt = 0.1;
    ModelTestSupport.run(g, g.input(), 10, dt, 500, null); // 50 ms of input 10
    double v50 = g.V().get(0);
    assertEquals(10 * (1 - Math.exp(-5)), v50, roundingBound(500));
    ModelTestSupport.run(g, g.input(), 0, dt, 300, null); // 30 ms without input
    assertEquals(v50 * Math.exp(-3), g.V().get(0), roundingBound(800));
    assertEquals(0, g.input().get(0));
  }
}
