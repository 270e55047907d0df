package org.brainj.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.brainj.runtime.monitor.SpikeRecord;
import org.junit.jupiter.api.Test;

/**
 * Morris-Lecar: the resting state, and the two ways repetitive firing begins (Rinzel and
 * Ermentrout 1989). With BrainPy's defaults (class 2) the rate jumps from 0 to several Hz at the
 * onset; with the class 1 set ({@code gCa = 4, V3 = 12, V4 = 17.4, phi = 1/15}) it starts from
 * arbitrarily low values, growing like {@code sqrt(I - I_c)} (saddle-node on an invariant circle).
 * Rates are from the mean interval after a 1 s transient, at {@code dt = 0.05}.
 */
class MorrisLecarTest {
  private static final double DT = 0.05;

  /** Firing rates (Hz) after 1 s of transient, one neuron per current. */
  private static double[] rates(MorrisLecarGroup g, double[] currents, double duration) {
    SpikeRecord s = Firing.spikes(g, g.input(), currents, DT, duration);
    double[] hz = new double[currents.length];
    for (int i = 0; i < currents.length; i++) {
      double[] isi = Firing.intervals(s, i, 1000);
      hz[i] = isi.length == 0 ? 0 : 1000 / Arrays.stream(isi).average().orElseThrow();
    }
    System.out.println("Morris-Lecar rates (Hz) at " + Arrays.toString(currents) + ": "
        + Arrays.toString(hz));
    return hz;
  }

  @Test
  void restIsWhereTheSteadyStateCurrentsBalance() {
    // W = W_inf(V), and the sum of the currents with M_inf and W_inf vanishes: bisection
    double lo = -80;
    double hi = -40;
    for (int k = 0; k < 200; k++) {
      double mid = 0.5 * (lo + hi);
      if (steadyCurrent(mid) > 0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    MorrisLecarGroup g = MorrisLecarGroup.builder(1).build();
    assertEquals(0, Firing.spikes(g, g.input(), new double[] {0}, DT, 2000).count());
    assertEquals(lo, g.V().get(0), 1e-6);
    assertEquals(0.5 * (1 + Math.tanh((lo - 2) / 30)), g.W().get(0), 1e-6);
  }

  /** C dV/dt at the steady state of W, BrainPy's defaults, no input. */
  private static double steadyCurrent(double v) {
    double m = 0.5 * (1 + Math.tanh((v + 1.2) / 18));
    double w = 0.5 * (1 + Math.tanh((v - 2) / 30));
    return -4.4 * m * (v - 130) - 8 * w * (v + 84) - 2 * (v + 60);
  }

  @Test
  void classTwoStartsFiringAtANonZeroRate() {
    double[] currents = Firing.range(80, 100, 0.25);
    double[] hz = rates(MorrisLecarGroup.builder(currents.length).build(), currents, 3000);
    assertEquals(0, hz[0], "silent at 80");
    assertTrue(hz[hz.length - 1] > 0, "fires at 100");
    int onset = 0;
    while (hz[onset] == 0) {
      onset++;
    }
    for (int i = onset; i < hz.length; i++) {
      assertTrue(hz[i] > 5, "no low rates in class 2: " + hz[i] + " Hz at " + currents[i]);
    }
  }

  @Test
  void classOneStartsFiringArbitrarilySlowly() {
    double[] currents = Firing.range(38.3, 38.6, 0.02);
    MorrisLecarGroup g = MorrisLecarGroup.builder(currents.length).gCa(4).V3(12).V4(17.4)
        .phi(1.0 / 15).build();
    double[] hz = rates(g, currents, 20_000);
    assertEquals(0, hz[0], "silent at 38.3");
    int onset = 0;
    while (hz[onset] == 0) {
      onset++;
    }
    assertTrue(hz[onset] < 1, "first rate " + hz[onset] + " Hz");
    // square-root law: f^2 is linear in I above the onset (least squares, all firing points)
    int n = hz.length - onset;
    double[] x = Arrays.copyOfRange(currents, onset, hz.length);
    double[] y = Arrays.stream(hz, onset, hz.length).map(f -> f * f).toArray();
    double mx = Arrays.stream(x).average().orElseThrow();
    double my = Arrays.stream(y).average().orElseThrow();
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    double r2 = sxy * sxy / (sxx * syy);
    double slope = sxy / sxx;
    double threshold = mx - my / slope;
    System.out.printf("Morris-Lecar class 1: f^2 = %.2f (I - %.4f), R^2 = %.5f%n", slope,
        threshold, r2);
    assertTrue(r2 > 0.99, "R^2 " + r2);
    assertTrue(threshold > currents[onset - 1] - 0.02 && threshold < currents[onset],
        "fitted onset " + threshold);
  }
}
