package org.brainj.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.runtime.monitor.SpikeRecord;
import org.junit.jupiter.api.Test;

/**
 * QuaIF with BrainPy's defaults (vRest -65, vReset -68, vTh -30, vC -50, c 0.07, R 1, tau 10, no
 * refractory period), started at rest.
 *
 * <p>{@code tau dV/dt = c (V - vRest)(V - vC) + R I = c u^2 + R I - I_rh} with
 * {@code u = V - (vRest + vC) / 2} and the rheobase {@code I_rh = c (vC - vRest)^2 / 4 = 3.9375}.
 * Below it {@code V} settles on the lower root; above it the time from {@code vReset} to
 * {@code vTh} is {@code T = tau / (c k) (atan(u_th / k) - atan(u_reset / k))} with
 * {@code k = sqrt((R I - I_rh) / c)}: the f-I curve starts at 0 with a square-root law (class 1).
 * Discretely the interval is the number of exponential-Euler steps from {@code vReset} to
 * {@code vTh}, counted by the test's own replica of that step.
 */
class QuaIFTest {
  private static final double V_REST = -65;
  private static final double V_RESET = -68;
  private static final double V_TH = -30;
  private static final double V_C = -50;
  private static final double C = 0.07;
  private static final double TAU = 10;
  private static final double RHEOBASE = C * (V_C - V_REST) * (V_C - V_REST) / 4;

  private static double analyticInterval(double current) {
    double mid = (V_REST + V_C) / 2;
    double k = Math.sqrt((current - RHEOBASE) / C);
    return TAU / (C * k) * (Math.atan((V_TH - mid) / k) - Math.atan((V_RESET - mid) / k));
  }

  private static int exponentialEulerSteps(double current, double dt) {
    double v = V_RESET;
    int m = 0;
    while (v < V_TH) {
      double f = (C * (v - V_REST) * (v - V_C) + current) / TAU;
      double a = C * (2 * v - V_REST - V_C) / TAU;
      v += Math.expm1(dt * a) / a * f;
      m++;
    }
    return m;
  }

  @Test
  void rheobaseIsCTimesTheSquaredGapOverFour() {
    assertEquals(3.9375, RHEOBASE, 1e-12);
    double below = 3.9;
    QuaIFGroup g = QuaIFGroup.builder(1).V(V_REST).build();
    SpikeRecord s = Firing.spikes(g, g.input(), new double[] {below}, 0.1, 3000);
    assertEquals(0, s.count());
    double root = ((V_REST + V_C) - Math.sqrt((V_C - V_REST) * (V_C - V_REST) - 4 * below / C)) / 2;
    assertEquals(root, g.V().get(0), 1e-6);
    QuaIFGroup above = QuaIFGroup.builder(1).V(V_REST).build();
    assertTrue(Firing.spikes(above, above.input(), new double[] {4.0}, 0.1, 1000).count() >= 2);
  }

  @Test
  void intervalsFollowTheAnalyticFICurve() {
    double[] currents = {4, 5, 10, 40};
    for (double dt : new double[] {0.1, 0.01}) {
      QuaIFGroup g = QuaIFGroup.builder(currents.length).V(V_REST).build();
      SpikeRecord s = Firing.spikes(g, g.input(), currents, dt, 1500);
      for (int i = 0; i < currents.length; i++) {
        double[] isi = Firing.intervals(s, i, 0);
        assertTrue(isi.length >= 2, "fires at " + currents[i]);
        int m = exponentialEulerSteps(currents[i], dt);
        for (double v : isi) {
          assertEquals(m * dt, v, 1e-6, "I=" + currents[i] + " dt=" + dt);
        }
        double t = analyticInterval(currents[i]);
        System.out.printf("QuaIF I=%.0f dt=%.2f: ISI %.3f ms, analytic %.3f ms%n", currents[i],
            dt, m * dt, t);
        assertEquals(t, m * dt, 1.5 * dt, "I=" + currents[i] + " dt=" + dt);
      }
    }
    // class 1: close to rheobase the interval grows like 1 / sqrt(I - I_rh)
    assertTrue(analyticInterval(RHEOBASE + 1e-4) > 10 * analyticInterval(RHEOBASE + 1e-2));
  }
}
