package org.brainj.models.synapses;

import static org.brainj.models.synapses.SynapseTestSupport.allToAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.runtime.group.SynapseBuilder;
import org.brainj.runtime.group.SynapseGroup;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.junit.jupiter.api.Test;

/**
 * AMPA and GABA_A synapses (first-order kinetics with a rectangular transmitter pulse) against the
 * closed form: relaxation towards {@code gInf = alpha T / (alpha T + beta)} with rate
 * {@code alpha T + beta} during the pulse, decay with rate {@code beta} after it.
 */
class KineticSynapsesTest {
  private static final double V_POST = -65;

  /** Traces of one synapse and the clamped postsynaptic neuron's input. */
  private record Traces(double[] g, double[] tt, double[] tSpike, double[] current) {}

  private static Traces run(SynapseBuilder<?, ?> b, double dt, double ms, double start,
      double period, double stop) {
    Network net = Network.create();
    SpikeSourceGroup pre = net.add(SpikeSourceGroup.builder(1).name("pre")
        .start(start).period(period).stop(stop).build());
    SpikeSourceGroup post = net.add(SpikeSourceGroup.builder(1).name("post").V(V_POST).build());
    SynapseGroup syn = net.connect(pre, post, b, allToAll(1, 1));
    RunResult r = net.runner().dt(dt)
        .monitor(syn.var("g")).monitor(syn.var("TT")).monitor(syn.var("tSpike"))
        .monitor(post.I())
        .run(ms);
    return new Traces(r.trace(syn.var("g")).column(0), r.trace(syn.var("TT")).column(0),
        r.trace(syn.var("tSpike")).column(0), r.trace(post.I()).column(0));
  }

  /** Checks one pulse of {@code n} steps after the spike handled in step {@code ks}. */
  private static void assertPulse(Traces tr, int ks, int n, double dt, double alpha, double beta,
      double tConc, double gMax, double e) {
    double rate = alpha * tConc + beta;
    double gInf = alpha * tConc / rate;
    for (int k = 0; k < tr.g().length; k++) {
      boolean on = k > ks && k <= ks + n;
      assertEquals(on ? tConc : 0, tr.tt()[k], 0, "[T] in step " + k);
      double expected;
      if (k <= ks) {
        expected = 0;
      } else if (on) {
        expected = gInf * (1 - Math.exp(-rate * (k - ks) * dt));
      } else {
        double gEnd = gInf * (1 - Math.exp(-rate * n * dt));
        expected = gEnd * Math.exp(-beta * (k - ks - n) * dt);
      }
      assertEquals(expected, tr.g()[k], 1e-13, "g after step " + k);
      if (k + 1 < tr.g().length) {
        assertEquals(gMax * tr.g()[k] * (e - V_POST), tr.current()[k + 1], 1e-15,
            "current into the neuron in step " + (k + 1));
      }
    }
  }

  @Test
  void ampaRisesDuringThePulseAndDecaysWithBeta() {
    double dt = 0.1;
    Traces tr = run(AMPASynapses.builder(), dt, 30, 2.0, 1e9, 1e9);
    // spike at 2 ms = step 20; defaults alpha 0.98, beta 0.18, T 0.5, 0.5 ms: 5 steps of pulse
    assertPulse(tr, 20, 5, dt, 0.98, 0.18, 0.5, 0.42, 0);
    assertEquals(2.0, tr.tSpike()[20], 1e-12, "arrival time recorded in the spike's step");
    double peak = 0.98 * 0.5 / 0.67 * (1 - Math.exp(-0.67 * 0.5));
    assertEquals(peak, tr.g()[25], 1e-13, "peak at the end of the pulse (0.2079)");
  }

  @Test
  void theOpenFractionAtTheEndOfThePulseDoesNotDependOnDt() {
    // exp_auto is exact for constant [T]: 0.5 ms of pulse give the same g with any dt that
    // divides it
    Traces a = run(AMPASynapses.builder(), 0.1, 5, 1.0, 1e9, 1e9);
    Traces b = run(AMPASynapses.builder(), 0.05, 5, 1.0, 1e9, 1e9);
    Traces c = run(AMPASynapses.builder(), 0.01, 5, 1.0, 1e9, 1e9);
    assertPulse(b, 20, 10, 0.05, 0.98, 0.18, 0.5, 0.42, 0);
    assertPulse(c, 100, 50, 0.01, 0.98, 0.18, 0.5, 0.42, 0);
    assertEquals(a.g()[15], b.g()[30], 1e-13);
    assertEquals(a.g()[15], c.g()[150], 1e-13);
  }

  @Test
  void aSpikeDuringThePulseRestartsIt() {
    double dt = 0.1;
    // spikes at 2.0 and 2.3 ms: the pulse lasts from step 21 to step 28
    Traces tr = run(AMPASynapses.builder(), dt, 10, 2.0, 0.3, 2.4);
    int on = 0;
    for (int k = 0; k < tr.tt().length; k++) {
      boolean expected = k >= 21 && k <= 28;
      assertEquals(expected ? 0.5 : 0, tr.tt()[k], 0, "[T] in step " + k);
      on += tr.tt()[k] > 0 ? 1 : 0;
    }
    assertEquals(8, on);
    assertEquals(2.3, tr.tSpike()[28], 1e-12);
  }

  @Test
  void aDenseTrainSaturatesAtGInf() {
    // a spike every 0.4 ms keeps the transmitter on: g -> alpha T / (alpha T + beta)
    Traces tr = run(AMPASynapses.builder(), 0.1, 40, 1.0, 0.4, 1e9);
    double gInf = 0.98 * 0.5 / (0.98 * 0.5 + 0.18);
    for (double g : tr.g()) {
      assertTrue(g <= gInf, "never above gInf");
    }
    assertEquals(gInf, tr.g()[tr.g().length - 1], 1e-9, "saturated at 0.7313");
  }

  @Test
  void gabaAHasTheManualsKineticsAndInhibits() {
    double dt = 0.1;
    Traces tr = run(GABAASynapses.builder(), dt, 40, 2.0, 1e9, 1e9);
    // manual 9.1: alpha 12, beta 0.1, T 1, T_duration 1 (10 steps), E -75, g_max 0.1
    assertPulse(tr, 20, 10, dt, 12, 0.1, 1, 0.1, -75);
    double gEnd = tr.g()[30];
    assertEquals(12.0 / 12.1, gEnd, 1e-5, "one 1-ms pulse nearly saturates g (0.9917)");
    assertEquals(gEnd * Math.exp(-1), tr.g()[130], 1e-13, "decay time constant 1/beta = 10 ms");
    assertTrue(tr.current()[31] < 0, "V = -65 above E = -75: the current hyperpolarises");
    // the manual writes input -= g_max s (V - E)
    assertEquals(-0.1 * gEnd * (V_POST + 75), tr.current()[31], 1e-15);
  }

  @Test
  void gabaAWithBrainPy2Parameters() {
    double dt = 0.05;
    Traces tr = run(GABAASynapses.builder().alpha(0.53).beta(0.18).gMax(0.04).E(-80), dt, 20,
        1.0, 1e9, 1e9);
    assertPulse(tr, 20, 20, dt, 0.53, 0.18, 1, 0.04, -80);
  }
}
