package org.brainj.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.brainj.runtime.monitor.SpikeRecord;
import org.junit.jupiter.api.Test;

/**
 * The Izhikevich model's firing classes (Izhikevich 2003, Fig. 2) under a constant input of 10
 * for 1 s at BrainPy's default step (0.1 ms), run through the network runner: regular spiking
 * adapts once and then fires regularly, intrinsic bursting starts with a burst and then fires
 * single spikes, chattering repeats identical bursts, fast spiking fires fast without
 * adaptation. Without input the neuron sits at its resting fixed point.
 */
class IzhikevichTest {
  private static final double INPUT = 10;

  /** Interspike intervals (ms) of one neuron with the given a, b, c, d. */
  private static double[] intervals(double a, double b, double c, double d) {
    IzhikevichGroup g = IzhikevichGroup.builder(1).a(a).b(b).c(c).d(d).build();
    SpikeRecord s = Firing.spikes(g, g.input(), new double[] {INPUT}, 0.1, 1000);
    double[] isi = Firing.intervals(s, 0, 0);
    System.out.printf("Izhikevich a=%s b=%s c=%s d=%s: ISIs %s%n", a, b, c, d,
        Arrays.toString(isi));
    return isi;
  }

  /** Whether every value of {@code v} from index {@code from} is within {@code rel} of the last. */
  private static boolean regularFrom(double[] v, int from, double rel) {
    double last = v[v.length - 1];
    for (int k = from; k < v.length; k++) {
      if (Math.abs(v[k] - last) > rel * last) {
        return false;
      }
    }
    return true;
  }

  @Test
  void withoutInputTheNeuronStaysAtItsRestingFixedPoint() {
    // with u = b V, dV/dt = 0.04 V^2 + (5 - b) V + 140 = 0 at V = -70 and -50 (b = 0.2): BrainPy's
    // initial state V = -70, u = b V is the stable one, so nothing moves
    IzhikevichGroup g = IzhikevichGroup.builder(1).build();
    assertEquals(-70, g.V().get(0));
    assertEquals(-14, g.u().get(0), 1e-12);
    SpikeRecord s = Firing.spikes(g, g.input(), new double[] {0}, 0.1, 1000);
    assertEquals(0, s.count());
    assertEquals(-70, g.V().get(0), 1e-9);
    assertEquals(-14, g.u().get(0), 1e-9);
  }

  @Test
  void regularSpikingAdaptsOnceThenFiresRegularly() {
    double[] isi = intervals(0.02, 0.2, -65, 8); // the defaults
    assertTrue(isi.length >= 15, "fires tonically");
    assertTrue(isi[0] < 0.5 * isi[1], "first interval short, then adapted: " + isi[0]);
    assertTrue(regularFrom(isi, 1, 0.01), "regular after the first interval");
    assertTrue(isi[isi.length - 1] > 40, "about 20 Hz: " + isi[isi.length - 1]);
  }

  @Test
  void intrinsicBurstingStartsWithABurstThenFiresSingleSpikes() {
    double[] isi = intervals(0.02, 0.2, -55, 4);
    assertTrue(isi[0] < 5 && isi[1] < 5, "initial burst of three spikes");
    for (int k = 2; k < isi.length; k++) {
      assertTrue(isi[k] > 25, "single spikes after the burst: interval " + k + " = " + isi[k]);
    }
    assertTrue(regularFrom(isi, 3, 0.01));
  }

  @Test
  void chatteringRepeatsIdenticalBursts() {
    double[] isi = intervals(0.02, 0.2, -50, 2);
    // bursts: runs of short intervals separated by long ones, nothing in between
    List<Integer> spikesPerBurst = new ArrayList<>();
    List<Double> burstGaps = new ArrayList<>();
    int inBurst = 1;
    for (double v : isi) {
      assertTrue(v < 6 || v > 40, "interval " + v + " is neither intra- nor inter-burst");
      if (v < 6) {
        inBurst++;
      } else {
        spikesPerBurst.add(inBurst);
        burstGaps.add(v);
        inBurst = 1;
      }
    }
    assertTrue(spikesPerBurst.size() >= 15, "bursts in 1 s: " + spikesPerBurst.size());
    assertTrue(spikesPerBurst.get(0) > spikesPerBurst.get(1), "the first burst is the longest");
    for (int k = 1; k < spikesPerBurst.size(); k++) {
      assertEquals(spikesPerBurst.get(1), spikesPerBurst.get(k), "spikes in burst " + k);
      assertEquals(burstGaps.get(1), burstGaps.get(k), 0.01 * burstGaps.get(1), "gap " + k);
    }
    assertTrue(spikesPerBurst.get(1) >= 3, "several spikes per burst");
  }

  @Test
  void fastSpikingFiresFastWithoutMuchAdaptation() {
    double[] isi = intervals(0.1, 0.2, -65, 2);
    assertTrue(isi.length > 100, "over 100 Hz: " + isi.length + " intervals in 1 s");
    double steady = isi[isi.length - 1];
    assertTrue(steady < 10 && steady < 2 * isi[0], "steady " + steady + ", first " + isi[0]);
    assertTrue(regularFrom(isi, 5, 0.05));
  }
}
