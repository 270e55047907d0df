package org.brainj.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.brainj.runtime.init.Init;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.junit.jupiter.api.Test;

/**
 * COBALIF, the neuron of the {@code coba} benchmark: forward Euler of
 * {@code tau dV/dt = (El - V) + input}, spike and reset to {@code Vr} at {@code V >= Vt}, and a
 * refractory period of exactly {@code round(tRef / dt)} steps counted from the spike step, as in
 * Brian2 (at dt = 0.1, where {@code t - tLastSpike} is not exact).
 */
class COBALIFTest {

  @Test
  void constantDriveGivesTheEulerIntervalPlusExactlyFiftyRefractorySteps() {
    Network net = Network.create();
    COBALIFGroup g = net.add(COBALIFGroup.builder(1).name("N").build());
    RunResult r = net.runner().dt(0.1).input(g.input(), 20.0).monitor(g.V()).monitorSpikes(g)
        .run(200.0);
    double[] v = r.trace(g.V()).column(0);

    // the same Euler steps by hand: V += dt * ((El - V + I) / tau) until V >= Vt
    List<Integer> expected = new ArrayList<>();
    double x = -60;
    int held = 0;
    for (int n = 0; n < 2000; n++) {
      if (held > 0) {
        held--;
      } else {
        x += 0.1 * ((-60 - x + 20) / 20);
        if (x >= -50) {
          x = -60;
          expected.add(n);
          held = 49;   // steps n+1 .. n+49 held; n+50 integrates
        }
      }
      assertEquals(x, v[n], "V at step " + n);
    }
    List<Integer> spikes = new ArrayList<>();
    for (int s : r.spikes(g).steps()) {
      spikes.add(s);
    }
    assertEquals(expected, spikes);
    assertTrue(spikes.size() >= 9, "regular firing: " + spikes);
    // the interval: Euler's crossing time (139 steps for tau ln 2 = 13.86 ms) plus 49 held steps
    for (int i = 1; i < spikes.size(); i++) {
      assertEquals(139 + 49, spikes.get(i) - spikes.get(i - 1), "interval " + i);
    }
    // refractory: V stays at Vr for 49 steps after the spike step and moves in the 50th
    int k = spikes.get(1);
    for (int n = k; n < k + 50; n++) {
      assertEquals(-60.0, v[n], "held at step " + n);
    }
    assertNotEquals(-60.0, v[k + 50], "integrates again 5 ms after the spike");
  }

  @Test
  void initialPotentialsDrawnWithInitNormal() {
    COBALIFGroup g = COBALIFGroup.builder(20000).name("E").seed(3).V(Init.normal(-60, 5)).build();
    double[] v = (double[]) g.V().array();
    double mean = 0;
    for (double x : v) {
      mean += x;
    }
    mean /= v.length;
    double var = 0;
    for (double x : v) {
      var += (x - mean) * (x - mean);
    }
    double sd = Math.sqrt(var / (v.length - 1));
    assertEquals(-60, mean, 4 * 5 / Math.sqrt(v.length));
    assertEquals(5, sd, 0.1);
    assertEquals(20, g.tau().get(0));
    assertEquals(-50, g.Vt().get(0));
    assertEquals(5, g.tRef().get(0));
  }
}
