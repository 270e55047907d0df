package org.brainj.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.brainj.runtime.monitor.SpikeRecord;
import org.brainj.runtime.monitor.Trace;
import org.brainj.runtime.net.RunResult;
import org.brainj.runtime.net.Runner;
import org.junit.jupiter.api.Test;

/**
 * GIF (Mihalas and Niebur 2009) with BrainPy's defaults (vRest -70, vReset -70, vThInf -50,
 * vThReset -60, R 20, tau 20, b 0.01, k1 0.2, k2 0.02, R1 0, R2 1) and the parameter changes of
 * their Table 1 for four behaviours: tonic spiking ({@code a = 0}), spike-frequency adaptation
 * and phasic spiking ({@code a = 0.005}), tonic bursting ({@code a = 0.005, A1 = 10,
 * A2 = -0.6}). At {@code dt = 0.1} for 1 s, through the network runner.
 */
class GIFTest {
  private static final double DT = 0.1;

  private static RunResult run(GIFGroup g, double current) {
    return Firing.runner(g, g.input(), new double[] {current}, DT).monitor(g.vTh())
        .monitor(g.I1()).monitor(g.I2()).monitorSpikes(g).run(1000);
  }

  @Test
  void tonicSpikingIsALifWithAFixedThreshold() {
    // a = 0 and no spike-induced currents: vTh stays at vThInf, and V charges exactly (linear
    // equation, exponential Euler) towards V_inf = vRest + R I, crossing -50 after
    // T = tau ln((V_inf - vReset) / (V_inf - vThInf)); the spike is stamped at the start of the
    // crossing step and V restarts from vReset at the end of it
    for (double current : new double[] {1.5, 2}) {
      GIFGroup g = GIFGroup.builder(1).build();
      SpikeRecord s = run(g, current).spikes(g);
      double vInf = -70 + 20 * current;
      double t = 20 * Math.log((vInf + 70) / (vInf + 50));
      int first = (int) Math.floor(t / DT);
      int[] steps = s.steps();
      assertTrue(steps.length > 20);
      assertEquals(first, steps[0], "first spike step at I=" + current);
      for (int k = 1; k < steps.length; k++) {
        assertEquals(first + 1, steps[k] - steps[k - 1], "interval " + k + " at I=" + current);
      }
      assertEquals(-50, g.vTh().get(0), 0);
    }
  }

  @Test
  void aThresholdThatFollowsVGivesSpikeFrequencyAdaptation() {
    GIFGroup g = GIFGroup.builder(1).a(0.005).build();
    RunResult r = run(g, 2);
    double[] isi = Firing.intervals(r.spikes(g), 0, 0);
    System.out.println("GIF adaptation ISIs " + Arrays.toString(isi));
    assertTrue(isi.length > 20);
    for (int k = 1; k < isi.length; k++) {
      assertTrue(isi[k] >= isi[k - 1] - 1e-9, "interval " + k + " shrank");
    }
    assertTrue(isi[isi.length - 1] > 1.5 * isi[0]);
    // the threshold at the spikes rises (it is read at each spiking step, after the reset)
    Trace th = r.trace(g.vTh());
    int[] steps = r.spikes(g).steps();
    assertTrue(th.get(steps[steps.length - 1], 0) > th.get(steps[0], 0) + 3);
  }

  @Test
  void phasicSpikingStopsWhenTheThresholdClimbsAboveTheSteadyVoltage() {
    // V -> V_inf = vRest + R I = -40 and vTh -> vThInf + (a / b)(V_inf - vRest) = -35 > -40:
    // after a few spikes the neuron stays silent
    GIFGroup g = GIFGroup.builder(1).a(0.005).build();
    Runner runner = Firing.runner(g, g.input(), new double[] {1.5}, DT).monitorSpikes(g);
    double[] times = Firing.times(runner.run(1000).spikes(g), 0);
    System.out.println("GIF phasic spikes at " + Arrays.toString(times));
    assertTrue(times.length >= 1 && times[times.length - 1] < 300, Arrays.toString(times));
    assertEquals(0, runner.run(2000).spikes(g).count()); // on to the steady state
    assertEquals(-40, g.V().get(0), 1e-6);
    assertEquals(-35, g.vTh().get(0), 1e-3);
  }

  @Test
  void spikeInducedCurrentsGiveTonicBursting() {
    GIFGroup g = GIFGroup.builder(1).a(0.005).A1(10).A2(-0.6).build();
    RunResult r = run(g, 2);
    double[] isi = Firing.intervals(r.spikes(g), 0, 0);
    System.out.println("GIF tonic bursting ISIs " + Arrays.toString(isi));
    int bursts = 1;
    int spikes = 1;
    for (double v : isi) {
      assertTrue(v < 10 || v > 90, "interval " + v + " is neither intra- nor inter-burst");
      if (v > 90) {
        assertTrue(spikes >= 4, "burst " + bursts + " has " + spikes + " spikes");
        bursts++;
        spikes = 1;
      } else {
        spikes++;
      }
    }
    assertTrue(bursts >= 6, bursts + " bursts");
    // the resets: I1 = R1 I1 + A1 = 10 and I2 = R2 I2 + A2 jumps by -0.6 (plus its own decay)
    Trace i1 = r.trace(g.I1());
    Trace i2 = r.trace(g.I2());
    for (int k : r.spikes(g).steps()) {
      assertEquals(10, i1.get(k, 0), 0);
      double decayed = i2.get(k - 1, 0) * Math.exp(-0.02 * DT);
      assertEquals(decayed - 0.6, i2.get(k, 0), 1e-12);
    }
  }
}
