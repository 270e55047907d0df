package org.brainj.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.brainj.runtime.monitor.SpikeRecord;
import org.junit.jupiter.api.Test;

/**
 * AdQuaIF with BrainPy's defaults (vRest -65, vReset -68, vTh -30, vC -50, a 1, b 0.1, c 0.07,
 * tau 10, tauW 10), started at rest: the subthreshold fixed point, spike-frequency adaptation
 * (subthreshold with the defaults, spike-triggered growing with {@code b}), and the reduction to
 * QuaIF without adaptation.
 */
class AdQuaIFTest {
  private static final double DT = 0.1;

  @Test
  void belowOnsetVAndWSettleOnTheFixedPoint() {
    // w = a u, u = V - vRest: c u^2 - (c (vC - vRest) + a) u + I = 0, the lower root
    for (double current : new double[] {10, 14}) {
      double p = 0.07 * 15 + 1;
      double u = (p - Math.sqrt(p * p - 4 * 0.07 * current)) / (2 * 0.07);
      AdQuaIFGroup g = AdQuaIFGroup.builder(1).V(-65).build();
      Firing.spikes(g, g.input(), new double[] {current}, DT, 2000);
      assertEquals(-65 + u, g.V().get(0), 1e-6, "I=" + current);
      assertEquals(u, g.w().get(0), 1e-6, "I=" + current);
    }
  }

  /** Interspike intervals (ms) under input 30 for 500 ms. */
  private static double[] intervals(double a, double b) {
    AdQuaIFGroup g = AdQuaIFGroup.builder(1).V(-65).a(a).b(b).build();
    double[] isi = Firing.intervals(Firing.spikes(g, g.input(), new double[] {30}, DT, 500), 0, 0);
    System.out.println("AdQuaIF a=" + a + " b=" + b + ": ISIs " + Arrays.toString(isi));
    return isi;
  }

  @Test
  void intervalsGrowUnderConstantInput() {
    double[] isi = intervals(1, 0.1); // the defaults
    for (int k = 1; k < isi.length; k++) {
      assertTrue(isi[k] >= isi[k - 1] - DT - 1e-9, "interval " + k + " shrank");
    }
    assertTrue(isi[isi.length - 1] > isi[0] + 1, "adaptation: " + Arrays.toString(isi));
  }

  @Test
  void spikeTriggeredAdaptationSlowsFiringMoreForLargerB() {
    // a = 0: w only jumps by b at spikes and decays with tauW
    double[] none = intervals(0, 0);
    for (double v : none) {
      assertEquals(none[0], v, 1e-9, "b = 0: no adaptation");
    }
    double previous = none[0];
    for (double b : new double[] {0.5, 2, 5}) {
      double[] isi = intervals(0, b);
      double steady = isi[isi.length - 1];
      assertTrue(steady > previous, "b=" + b + ": steady " + steady + " vs " + previous);
      assertTrue(steady > isi[0], "b=" + b + " adapts");
      previous = steady;
    }
  }

  @Test
  void withoutAdaptationItIsQuaIF() {
    double[] currents = {5, 10, 40};
    AdQuaIFGroup adq = AdQuaIFGroup.builder(3).V(-65).a(0).b(0).build();
    QuaIFGroup qua = QuaIFGroup.builder(3).V(-65).build();
    SpikeRecord a = Firing.spikes(adq, adq.input(), currents, DT, 500);
    SpikeRecord q = Firing.spikes(qua, qua.input(), currents, DT, 500);
    assertTrue(q.count() > 20);
    assertArrayEquals(q.steps(), a.steps());
    assertArrayEquals(q.indices(), a.indices());
  }
}
