package org.brainj.models.synapses;

import static org.brainj.models.synapses.SynapseTestSupport.allToAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.junit.jupiter.api.Test;

/**
 * Tsodyks–Markram short-term plasticity: the amplitudes of successive postsynaptic currents of a
 * regular train against the model's recurrence, for a facilitating and a depressing synapse.
 */
class STPSynapsesTest {
  private static final double DT = 0.1;
  private static final int FIRST = 100; // first spike at 10 ms
  private static final int EVERY = 200; // every 20 ms (50 Hz)
  private static final int SPIKES = 10;

  private record Traces(double[] u, double[] x, double[] i, double[] current) {}

  private static Traces run(STPSynapses.Builder b) {
    Network net = Network.create();
    SpikeSourceGroup pre = net.add(SpikeSourceGroup.builder(1).name("pre")
        .start(FIRST * DT).period(EVERY * DT).stop((FIRST + (SPIKES - 1) * EVERY + 1) * DT)
        .build());
    SpikeSourceGroup post = net.add(SpikeSourceGroup.builder(1).name("post").build());
    STPSynapses syn = net.connect(pre, post, b, allToAll(1, 1));
    RunResult r = net.runner().dt(DT)
        .monitor(syn.u()).monitor(syn.x()).monitor(syn.I()).monitor(post.I())
        .run((FIRST + SPIKES * EVERY) * DT);
    return new Traces(r.trace(syn.u()).column(0), r.trace(syn.x()).column(0),
        r.trace(syn.I()).column(0), r.trace(post.I()).column(0));
  }

  /**
   * The recurrence: {u+, x-, x+, PSC} per spike, from {@code u0, x0 = 1} at time 0; spike n is the
   * event of step {@code FIRST + n EVERY}, after that step's decay.
   */
  static double[][] recurrence(double u0, double bigU, double tauF, double tauD, double a) {
    double[][] out = new double[SPIKES][];
    double u = u0;
    double x = 1;
    int last = -1;
    for (int n = 0; n < SPIKES; n++) {
      int k = FIRST + n * EVERY;
      double elapsed = (k - last) * DT;
      last = k;
      u = u * Math.exp(-elapsed / tauF);
      x = 1 - (1 - x) * Math.exp(-elapsed / tauD);
      u = u + bigU * (1 - u);
      double xMinus = x;
      double psc = a * u * x;
      x = x - u * x;
      out[n] = new double[] {u, xMinus, x, psc};
    }
    return out;
  }

  private static double[] checkAgainstRecurrence(Traces tr, double[][] expected, double tau) {
    double[] psc = new double[SPIKES];
    double decay = Math.exp(-DT / tau);
    for (int n = 0; n < SPIKES; n++) {
      int k = FIRST + n * EVERY;
      psc[n] = tr.i()[k] - tr.i()[k - 1] * decay;
      assertEquals(expected[n][3], psc[n], 1e-12, "PSC amplitude of spike " + n);
      assertEquals(expected[n][0], tr.u()[k], 1e-12, "u+ of spike " + n);
      assertEquals(expected[n][2], tr.x()[k], 1e-12, "x+ of spike " + n);
    }
    for (int k = 0; k + 1 < tr.i().length; k++) {
      assertEquals(tr.i()[k], tr.current()[k + 1], 0, "the output is the current I");
    }
    return psc;
  }

  @Test
  void theDefaultSynapseFacilitates() {
    Traces tr = run(STPSynapses.builder());
    double[][] expected = recurrence(0.15, 0.15, 1500, 200, 1);
    double[] psc = checkAgainstRecurrence(tr, expected, 8);
    // at 50 Hz: the second response is facilitated, then depletion of x takes over
    assertTrue(psc[1] > psc[0], "facilitation: " + psc[0] + " -> " + psc[1]);
    assertTrue(psc[SPIKES - 1] < psc[1], "depletion: " + psc[1] + " -> " + psc[SPIKES - 1]);
    assertEquals(0.15, tr.u()[0], 1e-4, "u starts at U, as in BrainPy");
  }

  @Test
  void fromUZeroTheFirstResponseIsAUAndTheNextOnesAreFacilitated() {
    Traces tr = run(STPSynapses.builder().u(0));
    double[][] expected = recurrence(0, 0.15, 1500, 200, 1);
    double[] psc = checkAgainstRecurrence(tr, expected, 8);
    assertEquals(0.15, psc[0], 1e-12, "first response A U");
    assertTrue(psc[1] > 1.5 * psc[0], "strong facilitation: " + psc[0] + " -> " + psc[1]);
  }

  @Test
  void aDepressingSynapseShrinksFromTheSecondSpikeOn() {
    Traces tr = run(STPSynapses.builder().U(0.5).tauF(50).tauD(750).u(0).A(2));
    double[][] expected = recurrence(0, 0.5, 50, 750, 2);
    double[] psc = checkAgainstRecurrence(tr, expected, 8);
    assertEquals(2 * 0.5, psc[0], 1e-12, "first response A U");
    for (int n = 1; n < SPIKES; n++) {
      assertTrue(psc[n] < psc[n - 1], "depression at spike " + n + ": " + psc[n]);
    }
  }

  @Test
  void afterTheTrainTheResourcesRecoverWithTauD() {
    Traces tr = run(STPSynapses.builder().tauD(100));
    int end = FIRST + (SPIKES - 1) * EVERY;
    double xEnd = tr.x()[end];
    for (int m = 1; end + m < tr.x().length; m += 50) {
      assertEquals(1 - (1 - xEnd) * Math.exp(-m * DT / 100), tr.x()[end + m], 1e-12);
      assertEquals(tr.u()[end] * Math.exp(-m * DT / 1500), tr.u()[end + m], 1e-12);
    }
  }
}
