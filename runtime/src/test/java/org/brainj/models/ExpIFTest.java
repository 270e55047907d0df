package org.brainj.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ExpIF with BrainPy's defaults (vRest -65, vReset -68, vTh -30, vT -59.9, deltaT 3.48, R 1,
 * tau 10, tauRef 1.7).
 *
 * <p>With {@code F(V) = -(V - vRest) + deltaT exp((V - vT) / deltaT)}, fixed points solve
 * {@code F(V) + R I = 0}. {@code F} is smallest at {@code V = vT}, so they exist only while
 * {@code R I <= vT - vRest - deltaT = 1.62} (rheobase). Above it the time to charge from
 * {@code vReset} to {@code vTh} is {@code T_c = integral of tau dV / (F(V) + R I)} (Simpson's rule
 * here), and the interval is {@code tauRef + T_c} up to the time grid. Discretely, the spike is
 * stamped at the start of its step, the neuron sits out {@code floor(tauRef / dt)} steps and
 * then charges for as many exponential-Euler steps as the test's own replica of that step takes
 * to reach {@code vTh}: the intervals must equal that count exactly, and the replica's charging
 * time must lie within one step of {@code T_c}.
 */
class ExpIFTest {
  private static final double V_REST = -65;
  private static final double V_RESET = -68;
  private static final double V_TH = -30;
  private static final double V_T = -59.9;
  private static final double DELTA_T = 3.48;
  private static final double TAU = 10;

  private static double f(double v, double current) {
    return -(v - V_REST) + DELTA_T * Math.exp((v - V_T) / DELTA_T) + current;
  }

  /** Charging time from vReset to vTh by Simpson's rule. */
  private static double chargingTime(double current) {
    int n = 200_000;
    double h = (V_TH - V_RESET) / n;
    double sum = 0;
    for (int i = 0; i <= n; i++) {
      double w = i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2;
      sum += w * TAU / f(V_RESET + i * h, current);
    }
    return sum * h / 3;
  }

  /** The stable fixed point (left of vT, where F + R I decreases), by bisection. */
  private static double stableFixedPoint(double current) {
    double lo = -80;
    double hi = V_T;
    for (int i = 0; i < 200; i++) {
      double mid = 0.5 * (lo + hi);
      if (f(mid, current) > 0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static List<Integer> spikeSteps(ExpIFGroup g, double current, double dt, int steps) {
    List<Integer> out = new ArrayList<>();
    ModelTestSupport.run(g, g.input(), current, dt, steps, k -> {
      assertFalse(Double.isNaN(g.V().get(0)), "V is NaN at step " + k);
      if (g.spikeCount() > 0) {
        out.add(k);
      }
    });
    return out;
  }

  @Test
  void rheobaseIsVtMinusVrestMinusDeltaT() {
    assertEquals(1.62, V_T - V_REST - DELTA_T, 1e-12);
    // just below: a stable fixed point left of vT, which V settles on
    double below = 1.55;
    double fixedPoint = stableFixedPoint(below);
    ExpIFGroup g = ExpIFGroup.builder(1).V(V_REST).build();
    List<Integer> s = spikeSteps(g, below, 0.1, 10_000);
    assertTrue(s.isEmpty(), "spikes below rheobase at steps " + s);
    assertEquals(fixedPoint, g.V().get(0), 1e-6);
    // just above: it fires (slowly: the passage near vT takes long)
    ExpIFGroup above = ExpIFGroup.builder(1).V(V_REST).build();
    assertTrue(spikeSteps(above, 1.7, 0.1, 10_000).size() >= 2);
  }

  @Test
  void brainPysInitialVOfZeroSpikesInTheFirstStepThenResets() {
    ExpIFGroup g = ExpIFGroup.builder(1).build();
    assertEquals(0, g.V().get(0));
    List<Integer> s = spikeSteps(g, 0, 0.1, 6000); // relaxation rate near rest 0.068 /ms
    assertEquals(List.of(0), s);
    assertEquals(0, g.tLastSpike().get(0));
    // afterwards it relaxes to its resting state (no input), not NaN; the exponential term puts
    // rest above vRest: -(V - vRest) + deltaT exp((V - vT) / deltaT) = 0 at V = -63.90
    assertEquals(stableFixedPoint(0), g.V().get(0), 1e-6);
    assertEquals(-63.896, stableFixedPoint(0), 1e-3);
  }

  /**
   * Steps an exponential-Euler step of the charging equation from {@code vReset}, as the model
   * does ({@code V += expm1(dt A) / A * f}, {@code A = dF/dV}), until {@code V >= vTh}: the number
   * of integration steps to the spike.
   */
  private static int exponentialEulerSteps(double current, double dt) {
    double v = V_RESET;
    int m = 0;
    while (v < V_TH) {
      double f = f(v, current) / TAU;
      double a = (-1 + Math.exp((v - V_T) / DELTA_T)) / TAU;
      v += Math.expm1(dt * a) / a * f;
      m++;
    }
    return m;
  }

  @Test
  void regularFiringAtTheIntervalFromQuadrature() {
    for (double dt : new double[] {0.125, 0.0625, 1.0 / 128}) {
      for (double current : new double[] {2, 5, 20}) {
        double charging = chargingTime(current);
        ExpIFGroup g = ExpIFGroup.builder(1).V(V_REST).build();
        List<Integer> s = spikeSteps(g, current, dt, (int) Math.round(6 * (1.7 + charging) / dt));
        assertTrue(s.size() >= 5, "fires at I=" + current);
        // discrete: floor(tauRef / dt) held steps, then m integration steps to the crossing
        int held = (int) Math.floor(1.7 / dt);
        int m = exponentialEulerSteps(current, dt);
        for (int i = 2; i < s.size(); i++) {
          assertEquals(held + m, s.get(i) - s.get(i - 1), "I=" + current + " dt=" + dt
              + " interval " + i + " in steps");
        }
        // continuous: exponential Euler's charging time is the quadrature's up to the grid (one
        // step) and the method's first-order error (measured below half a step)
        assertEquals(charging, m * dt, 1.5 * dt, "I=" + current + " dt=" + dt);
        System.out.printf("ExpIF I=%.0f dt=%.4f: ISI %.4f ms, tauRef + quadrature %.4f ms%n",
            current, dt, (held + m) * dt, 1.7 + charging);
      }
    }
    // and it converges to the quadrature at first order
    for (double current : new double[] {2, 5, 20}) {
      double fine = 1.0 / 1024;
      assertEquals(chargingTime(current), exponentialEulerSteps(current, fine) * fine, 1.5 * fine);
    }
  }

  @Test
  void refractoryPeriodIsRespectedAndNoNaNForLargeSteps() {
    double dt = 0.1;
    ExpIFGroup g = ExpIFGroup.builder(1).V(V_REST).build();
    List<double[]> states = new ArrayList<>();
    List<Integer> spikes = new ArrayList<>();
    // strong drive: at dt = 0.1 a step from near vT overshoots far past vTh (possibly to
    // +infinity); it must spike and reset, never leave V NaN
    ModelTestSupport.run(g, g.input(), 50, dt, 5000, k -> {
      states.add(new double[] {g.V().get(0), g.refractory().get(0), g.spike().get(0)});
      if (g.spikeCount() > 0) {
        spikes.add(k);
      }
    });
    assertTrue(spikes.size() > 50);
    for (int i = 0; i + 1 < spikes.size(); i++) {
      int s = spikes.get(i);
      // the next step with t - tLastSpike > 1.7 is s + 17 or s + 18 (1.7 is not exact in binary)
      assertTrue(spikes.get(i + 1) - s >= 18, "interval " + (spikes.get(i + 1) - s) + " steps");
      for (int k = s + 1; k <= s + 16; k++) {
        assertEquals(V_RESET, states.get(k)[0], 0, "V held at vReset");
        assertEquals(1, states.get(k)[1], "refractory");
        assertEquals(0, states.get(k)[2], "no spike while refractory");
      }
    }
    for (double[] st : states) {
      assertFalse(Double.isNaN(st[0]));
    }
  }

  @Test
  void noNaNOverAWideRangeOfInputsAtDtPointOne() {
    int n = 200;
    double[] currents = new double[n];
    for (int i = 0; i < n; i++) {
      currents[i] = 1.5 + 0.25 * i; // 1.5 .. 51.25 (uncapped rk4 went NaN for 48 of them)
    }
    ExpIFGroup g = ExpIFGroup.builder(n).V(V_REST).build();
    org.brainj.runtime.group.Clock clock = new org.brainj.runtime.group.Clock(0.1);
    for (int k = 0; k < 5000; k++) {
      clock.set(k * 0.1, k);
      g.input().set(currents);
      g.executeStep(0, clock);
    }
    for (int i = 0; i < n; i++) {
      assertFalse(Double.isNaN(g.V().get(i)), "NaN at input " + currents[i]);
    }
  }
}
