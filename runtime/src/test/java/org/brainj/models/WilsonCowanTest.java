package org.brainj.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.brainj.runtime.monitor.Trace;
import org.brainj.runtime.net.RunResult;
import org.junit.jupiter.api.Test;

/**
 * Wilson-Cowan's regimes, checked against the test's own copy of the equations: fixed points
 * found by Newton's method and classified by the Jacobian's trace and determinant.
 *
 * <ul>
 *   <li>BrainPy's defaults (Wilson and Cowan's set for multiple steady states): a stable fixed
 *       point for a strong excitatory input; for no input two stable fixed points, the silent
 *       origin and an active state, each reached from its own start (hysteresis).</li>
 *   <li>Their limit-cycle set ({@code wEE 16, wIE 12, wEI 15, wII 3, eA 1.3, eTheta 4, iA 2,
 *       iTheta 3.7}, input 1.25): the only fixed point is unstable and the activities settle on
 *       a periodic oscillation.</li>
 * </ul>
 */
class WilsonCowanTest {
  private static final double DT = 0.01;

  /** The parameters in the order eTau, eA, eTheta, iTau, iA, iTheta, wEE, wIE, wEI, wII, r. */
  private static final double[] DEFAULTS = {1, 1.2, 2.8, 1, 1, 4, 12, 4, 13, 11, 1};
  private static final double[] OSCILLATING = {1, 1.3, 4, 1, 2, 3.7, 16, 12, 15, 3, 1};

  private static double response(double z, double a, double theta) {
    return 1 / (1 + Math.exp(-a * (z - theta))) - 1 / (1 + Math.exp(a * theta));
  }

  /** dx/dt, dy/dt for input {@code p} to the excitatory population. */
  private static double[] field(double[] q, double x, double y, double p) {
    return field(q, x, y, p, 0);
  }

  /** dx/dt, dy/dt for inputs {@code p} and {@code pY} to the two populations. */
  private static double[] field(double[] q, double x, double y, double p, double pY) {
    double dx = (-x + (1 - q[10] * x) * response(q[6] * x - q[7] * y + p, q[1], q[2])) / q[0];
    double dy = (-y + (1 - q[10] * y) * response(q[8] * x - q[9] * y + pY, q[4], q[5])) / q[3];
    return new double[] {dx, dy};
  }

  private static double[][] jacobian(double[] q, double x, double y, double p) {
    double h = 1e-6;
    double[] fxp = field(q, x + h, y, p);
    double[] fxm = field(q, x - h, y, p);
    double[] fyp = field(q, x, y + h, p);
    double[] fym = field(q, x, y - h, p);
    return new double[][] {
        {(fxp[0] - fxm[0]) / (2 * h), (fyp[0] - fym[0]) / (2 * h)},
        {(fxp[1] - fxm[1]) / (2 * h), (fyp[1] - fym[1]) / (2 * h)}};
  }

  /** Newton's method from (x, y). */
  private static double[] fixedPoint(double[] q, double x, double y, double p) {
    for (int k = 0; k < 100; k++) {
      double[] f = field(q, x, y, p);
      double[][] j = jacobian(q, x, y, p);
      double det = j[0][0] * j[1][1] - j[0][1] * j[1][0];
      x -= (j[1][1] * f[0] - j[0][1] * f[1]) / det;
      y -= (-j[1][0] * f[0] + j[0][0] * f[1]) / det;
    }
    double[] f = field(q, x, y, p);
    assertTrue(Math.abs(f[0]) + Math.abs(f[1]) < 1e-12, "Newton converged");
    return new double[] {x, y};
  }

  /** Stable: both eigenvalues have negative real parts (trace < 0, det > 0). */
  private static boolean stable(double[] q, double[] point, double p) {
    double[][] j = jacobian(q, point[0], point[1], p);
    return j[0][0] + j[1][1] < 0 && j[0][0] * j[1][1] - j[0][1] * j[1][0] > 0;
  }

  private static WilsonCowanGroup group(double[] q, double x0, double y0) {
    return WilsonCowanGroup.builder(1).eTau(q[0]).eA(q[1]).eTheta(q[2]).iTau(q[3]).iA(q[4])
        .iTheta(q[5]).wEE(q[6]).wIE(q[7]).wEI(q[8]).wII(q[9]).r(q[10]).x(x0).y(y0).build();
  }

  @Test
  void strongInputLeadsToTheStableFixedPoint() {
    double p = 1;
    WilsonCowanGroup g = group(DEFAULTS, 0, 0);
    Firing.runner(g, g.input(), new double[] {p}, DT).run(100);
    double[] expected = fixedPoint(DEFAULTS, g.x().get(0), g.y().get(0), p);
    assertEquals(expected[0], g.x().get(0), 1e-9);
    assertEquals(expected[1], g.y().get(0), 1e-9);
    assertTrue(stable(DEFAULTS, expected, p));
    assertTrue(expected[0] > 0.4, "active state " + expected[0]);
  }

  @Test
  void withoutInputTwoStableStatesCoexist() {
    WilsonCowanGroup silent = group(DEFAULTS, 0, 0);
    Firing.runner(silent, silent.input(), new double[] {0}, DT).run(100);
    assertEquals(0, silent.x().get(0), 0, "F(0) = 0: the origin is a fixed point");
    assertEquals(0, silent.y().get(0), 0);
    assertTrue(stable(DEFAULTS, new double[] {0, 0}, 0));

    WilsonCowanGroup active = group(DEFAULTS, 0.5, 0.3);
    Firing.runner(active, active.input(), new double[] {0}, DT).run(100);
    double[] high = fixedPoint(DEFAULTS, active.x().get(0), active.y().get(0), 0);
    assertEquals(high[0], active.x().get(0), 1e-9);
    assertEquals(high[1], active.y().get(0), 1e-9);
    assertTrue(high[0] > 0.4 && stable(DEFAULTS, high, 0), "active state " + high[0]);
  }

  @Test
  void theLimitCycleSetOscillatesAroundAnUnstableFixedPoint() {
    double p = 1.25;
    WilsonCowanGroup g = group(OSCILLATING, 0, 0);
    RunResult r = Firing.runner(g, g.input(), new double[] {p}, DT).monitor(g.x()).run(300);
    Trace x = r.trace(g.x());
    double[] fixed = fixedPoint(OSCILLATING, 0.15, 0.15, p);
    assertFalse(stable(OSCILLATING, fixed, p), "fixed point " + fixed[0] + ", " + fixed[1]);

    // after 100 ms: sustained oscillation through the fixed point's x, at a constant period
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    List<Double> upward = new ArrayList<>();
    int from = (int) Math.round(100 / DT);
    for (int k = from; k < x.rows(); k++) {
      double v = x.get(k, 0);
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
      if (x.get(k - 1, 0) < fixed[0] && v >= fixed[0]) {
        upward.add(k * DT);
      }
    }
    assertTrue(hi - lo > 0.1, "amplitude " + (hi - lo));
    assertTrue(lo < fixed[0] && hi > fixed[0]);
    assertTrue(upward.size() >= 10, upward.size() + " cycles");
    double period = upward.get(upward.size() - 1) - upward.get(upward.size() - 2);
    for (int k = 1; k < upward.size(); k++) {
      assertEquals(period, upward.get(k) - upward.get(k - 1), 2 * DT, "cycle " + k);
    }
    System.out.printf("Wilson-Cowan limit cycle: period %.2f ms, x in [%.3f, %.3f]%n", period,
        lo, hi);
  }
  @Test
  void aRateModelHasNoSpikesButTwoInputs() {
    WilsonCowanGroup g = group(DEFAULTS, 0, 0);
    assertFalse(g.hasSpikes());
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> Firing.runner(g, g.input(), new double[] {1}, DT).monitorSpikes(g));
    assertTrue(e.getMessage().contains("has no @Spike variable"), e.getMessage());
    // inputY drives the inhibitory population: the state settles where both derivatives vanish
    // with the input in y's equation (checked on the test's own field)
    WilsonCowanGroup h = group(DEFAULTS, 0, 0);
    Firing.runner(h, h.inputY(), new double[] {6}, DT).run(100);
    double x = h.x().get(0);
    double y = h.y().get(0);
    double[] f = field(DEFAULTS, x, y, 0, 6);
    assertEquals(0, f[0], 1e-9);
    assertEquals(0, f[1], 1e-9);
    assertTrue(y > 0.1 && x < 0, "inhibition active, excitation pushed below 0: " + x + ", " + y);
    assertTrue(Math.abs(field(DEFAULTS, x, y, 0, 0)[1]) > 0.1, "without inputY it would move");
  }
}
