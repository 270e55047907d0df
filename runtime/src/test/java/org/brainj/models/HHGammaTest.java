package org.brainj.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.runtime.group.Clock;
import org.junit.jupiter.api.Test;

/**
 * HHGamma (manual 9.1, Wang-Buzsaki 1996) against the characteristic behaviour of that model and
 * of classic HH: the Wang-Buzsaki interneuron is a class-1 excitable cell (firing starts at a
 * saddle-node on an invariant circle, at arbitrarily low rates; rheobase about 0.16 uA/cm^2),
 * whereas classic HH is class 2 (firing starts at a Hopf bifurcation with a rate that jumps to
 * tens of Hz).
 */
class HHGammaTest {

  /** Firing rates (Hz) over [500, 2500) ms for each constant input. */
  private static double[] rates(org.brainj.runtime.group.NeuronGroup g,
      org.brainj.runtime.group.StateVar input, double[] currents, double dt) {
    int n = currents.length;
    int[] count = new int[n];
    Clock clock = new Clock(dt);
    int steps = (int) Math.round(2500 / dt);
    for (int k = 0; k < steps; k++) {
      clock.set(k * dt, k);
      input.set(currents);
      g.executeStep(0, clock);
      if (k * dt >= 500) {
        for (int j = 0; j < g.spikeCount(); j++) {
          count[g.spikeIndices()[j]]++;
        }
      }
    }
    double[] hz = new double[n];
    for (int i = 0; i < n; i++) {
      hz[i] = count[i] / 2.0;
    }
    return hz;
  }

  @Test
  void classOneOnsetLowRatesNearRheobaseRisingMonotonically() {
    double[] currents = {0.1, 0.15, 0.17, 0.2, 0.3, 0.5, 1, 2, 5};
    HHGammaGroup g = HHGammaGroup.builder(currents.length).build();
    double[] hz = rates(g, g.input(), currents, 0.02);
    System.out.println("HHGamma rates (Hz) at " + java.util.Arrays.toString(currents) + ": "
        + java.util.Arrays.toString(hz));
    assertEquals(0, hz[0], "silent at 0.1");
    assertEquals(0, hz[1], "silent at 0.15");
    assertTrue(hz[2] > 0 && hz[2] < 10, "fires slowly just above rheobase: " + hz[2]);
    for (int i = 3; i < hz.length; i++) {
      assertTrue(hz[i] > hz[i - 1], "rate rises with input");
    }
    // regression value, measured here: 59.5 Hz at 1 uA/cm^2 (dt = 0.02, rk4)
    assertEquals(59.5, hz[6], 1.5);
  }

  @Test
  void classicHhInContrastStartsFiringAtAHighRate() {
    // HH (gL = 0.03 as in the manual): scan the input, the lowest sustained rate is far from 0
    double[] currents = new double[40];
    for (int i = 0; i < currents.length; i++) {
      currents[i] = 0.25 * (i + 1); // 0.25 .. 10
    }
    HHGroup g = HHGroup.builder(currents.length).m(0.05).build();
    double[] hz = rates(g, g.input(), currents, 0.02);
    double lowest = Double.MAX_VALUE;
    for (double r : hz) {
      if (r > 0) {
        lowest = Math.min(lowest, r);
      }
    }
    System.out.println("HH rates (Hz): " + java.util.Arrays.toString(hz));
    assertTrue(hz[0] == 0, "silent at 0.25");
    assertTrue(lowest > 30, "class 2: lowest nonzero rate " + lowest + " Hz");
  }

  @Test
  void restStateHasGatesAtSteadyState() {
    HHGammaGroup g = HHGammaGroup.builder(1).build();
    double[] none = {0};
    rates(g, g.input(), none, 0.02);
    double v = g.V().get(0);
    double ah = 0.07 * Math.exp(-(v + 58) / 20);
    double bh = 1 / (Math.exp(-0.1 * (v + 28)) + 1);
    double an = -0.01 * (v + 34) / (Math.exp(-0.1 * (v + 34)) - 1);
    double bn = 0.125 * Math.exp(-(v + 44) / 80);
    assertEquals(ah / (ah + bh), g.h().get(0), 1e-9);
    assertEquals(an / (an + bn), g.n().get(0), 1e-9);
    // and V is where the currents balance: between EK and EL, just above EL (-65)
    assertTrue(v > -65 && v < -63, "rest " + v);
  }
}
