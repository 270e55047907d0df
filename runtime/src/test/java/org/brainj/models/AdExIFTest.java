package org.brainj.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.brainj.runtime.monitor.SpikeRecord;
import org.brainj.runtime.monitor.Trace;
import org.brainj.runtime.net.RunResult;
import org.junit.jupiter.api.Test;

/**
 * AdExIF with BrainPy's defaults (vRest -65, vReset -68, vTh -30, vT -59.9, deltaT 3.48, a 1,
 * b 1, R 1, tau 10, tauW 30), started at rest: spike-frequency adaptation, the subthreshold
 * fixed point, the spike-triggered jump of {@code w}, and the reduction to ExpIF without
 * adaptation.
 */
class AdExIFTest {
  private static final double DT = 0.1;

  @Test
  void intervalsGrowUnderConstantInput() {
    for (double current : new double[] {10, 20, 30}) {
      AdExIFGroup g = AdExIFGroup.builder(1).V(-65).build();
      double[] isi = Firing.intervals(
          Firing.spikes(g, g.input(), new double[] {current}, DT, 500), 0, 0);
      System.out.println("AdExIF I=" + current + ": ISIs " + Arrays.toString(isi));
      assertTrue(isi.length >= 10, "fires at " + current);
      for (int k = 1; k < isi.length; k++) {
        assertTrue(isi[k] >= isi[k - 1] - DT - 1e-9, "interval " + k + " shrank: " + isi[k]);
      }
      double steady = isi[isi.length - 1];
      assertTrue(steady > 1.25 * isi[0], "adaptation: first " + isi[0] + ", steady " + steady);
    }
  }

  @Test
  void eachSpikeAddsBToW() {
    AdExIFGroup g = AdExIFGroup.builder(1).V(-65).b(2.5).build();
    RunResult r = Firing.runner(g, g.input(), new double[] {20}, DT).monitor(g.w())
        .monitorSpikes(g).run(200);
    Trace w = r.trace(g.w());
    int[] steps = r.spikes(g).steps();
    assertTrue(steps.length >= 5);
    for (int k : steps) {
      // over the spiking step w changes by b plus one regular step, which is small here
      // (|dw/dt| dt = |a (V - vRest) - w| dt / tauW < 0.2)
      double jump = w.get(k, 0) - w.get(k - 1, 0);
      assertEquals(2.5, jump, 0.2, "jump of w at step " + k);
    }
  }

  @Test
  void belowRheobaseVAndWSettleOnTheFixedPoint() {
    // fixed point: w = a (V - vRest), and with u = V - vRest,
    // -u (1 + R a) + deltaT exp((u + vRest - vT) / deltaT) + R I = 0 (the stable, lower root)
    double current = 4; // from rest, 5 already gives one onset spike before settling
    double lo = 0;
    double hi = -59.9 + 3.48 * Math.log(2) + 65; // where the left-hand side is smallest
    for (int i = 0; i < 200; i++) {
      double mid = 0.5 * (lo + hi);
      double f = -2 * mid + 3.48 * Math.exp((mid - 65 + 59.9) / 3.48) + current;
      if (f > 0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    AdExIFGroup g = AdExIFGroup.builder(1).V(-65).build();
    SpikeRecord s = Firing.spikes(g, g.input(), new double[] {current}, DT, 3000);
    assertEquals(0, s.count());
    assertEquals(-65 + lo, g.V().get(0), 1e-6);
    assertEquals(lo, g.w().get(0), 1e-6);
  }

  @Test
  void withoutAdaptationItIsExpIF() {
    double[] currents = {2, 5, 20};
    AdExIFGroup adex = AdExIFGroup.builder(3).V(-65).a(0).b(0).tauRef(1.7).build();
    ExpIFGroup expif = ExpIFGroup.builder(3).V(-65).build();
    SpikeRecord a = Firing.spikes(adex, adex.input(), currents, DT, 300);
    SpikeRecord e = Firing.spikes(expif, expif.input(), currents, DT, 300);
    assertTrue(e.count() > 30);
    assertArrayEquals(e.steps(), a.steps());
    assertArrayEquals(e.indices(), a.indices());
  }
}
