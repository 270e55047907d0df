package org.brainj.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.brainj.runtime.monitor.Trace;
import org.brainj.runtime.net.RunResult;
import org.junit.jupiter.api.Test;

/**
 * Pinsky-Rinzel bursting with BrainPy's defaults ({@code gc = 2.1}, {@code p = 0.5}) and the
 * somatic current of Ermentrout's and Booth's XPP file of the model, {@code Is = 0.75} uA/cm^2,
 * for 2.5 s at {@code dt = 0.05}. Each burst is the paper's "ping-pong": a full somatic spike
 * whose current spreads into the dendrite and fires a dendritic calcium spike, which drives the
 * soma into further, smaller spikes (sodium still inactivated); the calcium that entered then
 * holds the cell silent, through the calcium-activated and AHP potassium currents, until the
 * next burst.
 */
class PinskyRinzelTest {
  private static final double DT = 0.05;

  /** A somatic event: a local maximum of Vs above -40 mV. */
  private record Peak(int step, double vs) {}

  @Test
  void burstsOfOneFullSpikeAndSmallerSpikesRidingOnADendriticCalciumSpike() {
    PinskyRinzelGroup g = PinskyRinzelGroup.builder(1).build();
    RunResult r = Firing.runner(g, g.Is(), new double[] {0.75}, DT).monitor(g.Vs())
        .monitor(g.Vd()).monitor(g.Ca()).monitorSpikes(g).run(2500);
    Trace vs = r.trace(g.Vs());
    Trace vd = r.trace(g.Vd());
    Trace ca = r.trace(g.Ca());

    List<Peak> peaks = new ArrayList<>();
    for (int k = 1; k + 1 < vs.rows(); k++) {
      double v = vs.get(k, 0);
      if (v > -40 && v >= vs.get(k - 1, 0) && v > vs.get(k + 1, 0)) {
        peaks.add(new Peak(k, v));
      }
    }
    // group the peaks into bursts: gaps over 50 ms separate them
    List<List<Peak>> bursts = new ArrayList<>();
    for (Peak p : peaks) {
      if (bursts.isEmpty() || (p.step() - last(bursts).get(last(bursts).size() - 1).step()) * DT
          > 50) {
        bursts.add(new ArrayList<>());
      }
      last(bursts).add(p);
    }
    assertTrue(bursts.size() >= 5, bursts.size() + " bursts");

    int[] spikes = r.spikes(g).steps();
    assertEquals(bursts.size(), spikes.length, "one spike (crossing of vTh = 20) per burst");
    List<Double> starts = new ArrayList<>();
    for (int b = 0; b < bursts.size(); b++) {
      List<Peak> burst = bursts.get(b);
      Peak first = burst.get(0);
      assertTrue(first.vs() > 20, "burst " + b + " starts with a full spike");
      assertTrue(Math.abs(spikes[b] - first.step()) < 40, "the spike flag marks it");
      assertTrue(burst.size() >= 3, "burst " + b + ": " + burst.size() + " somatic peaks");
      int end = burst.get(burst.size() - 1).step();
      assertTrue((end - first.step()) * DT < 15, "burst " + b + " lasts under 15 ms");
      double maxVd = -100;
      double maxCa = 0;
      for (int k = first.step(); k <= end + 100; k++) {
        maxVd = Math.max(maxVd, vd.get(k, 0));
        maxCa = Math.max(maxCa, ca.get(k, 0));
      }
      for (int k = 1; k < burst.size(); k++) {
        assertTrue(burst.get(k).vs() < 0, "later somatic spikes of burst " + b + " are reduced");
      }
      assertTrue(maxVd > -10, "dendritic calcium spike in burst " + b + ": " + maxVd);
      assertTrue(maxCa > 250, "calcium saturates chi in burst " + b + ": " + maxCa);
      starts.add(first.step() * DT);
    }
    // between bursts: no dendritic spike, and the soma stays below -40 mV (no peaks)
    for (int b = 0; b + 1 < bursts.size(); b++) {
      int from = last(bursts.get(b)).step() + 200; // 10 ms after the burst's last peak
      int to = bursts.get(b + 1).get(0).step() - 200;
      for (int k = from; k < to; k++) {
        assertTrue(vd.get(k, 0) < -10, "no dendritic spike between bursts, t = " + k * DT);
      }
    }
    // after the first (transient) interval the bursts recur regularly, about twice a second
    double period = starts.get(3) - starts.get(2);
    System.out.println("Pinsky-Rinzel burst starts (ms): " + starts);
    assertTrue(period > 300 && period < 800, "period " + period);
    for (int b = 3; b + 1 < starts.size(); b++) {
      assertEquals(period, starts.get(b + 1) - starts.get(b), 0.05 * period);
    }
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }
}
