package org.brainj.models.synapses;

import static org.brainj.models.synapses.SynapseTestSupport.allToAll;
import static org.brainj.models.synapses.SynapseTestSupport.oneToOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.models.LIFGroup;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.junit.jupiter.api.Test;

/** Gap junctions: the current is g (V_pre - V_post); two projections couple symmetrically. */
class GapJunctionSynapsesTest {
  @Test
  void theCurrentIsGTimesTheVoltageDifferenceSummedOverJunctions() {
    double[] vPre = {-70, -50, 10};
    double[] vPost = {-60, 0};
    double[] g = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6}; // synapse i * 2 + j
    Network net = Network.create();
    SpikeSourceGroup pre = net.add(SpikeSourceGroup.builder(3).name("pre").V(vPre).build());
    SpikeSourceGroup post = net.add(SpikeSourceGroup.builder(2).name("post").V(vPost).build());
    GapJunctionSynapses syn =
        net.connect(pre, post, GapJunctionSynapses.builder().g(g), allToAll(3, 2));
    RunResult r = net.runner().dt(0.1).monitor(post.I()).run(1);
    double[][] current = r.trace(post.I()).values();
    assertTrue(!syn.perPost(), "a gap junction reads the presynaptic V: per synapse");
    for (int j = 0; j < 2; j++) {
      double expected = 0;
      for (int i = 0; i < 3; i++) {
        expected += g[i * 2 + j] * (vPre[i] - vPost[j]);
      }
      assertEquals(0, current[0][j], 0, "nothing before the first output");
      for (int k = 1; k < current.length; k++) {
        assertEquals(expected, current[k][j], 1e-12, "post " + j + ", step " + k);
      }
    }
    assertEquals(0.1 * -10 + 0.3 * 10 + 0.5 * 70, current[5][0], 1e-12);
  }

  private record Pair(double[] a, double[] b) {}

  /** Two leaky neurons (LIF far below threshold) at 10 and -10 mV, coupled A->B and maybe B->A. */
  private static Pair coupled(double g, boolean both, double dt, double ms) {
    Network net = Network.create();
    LIFGroup a = net.add(LIFGroup.builder(1).name("A").V(10).vTh(1e9).build());
    LIFGroup b = net.add(LIFGroup.builder(1).name("B").V(-10).vTh(1e9).build());
    net.connect(a, b, GapJunctionSynapses.builder().g(g).name("A->B"), oneToOne(1));
    if (both) {
      net.connect(b, a, GapJunctionSynapses.builder().g(g).name("B->A"), oneToOne(1));
    }
    RunResult r = net.runner().dt(dt).monitor(a.V()).monitor(b.V()).run(ms);
    return new Pair(r.trace(a.V()).column(0), r.trace(b.V()).column(0));
  }

  @Test
  void twoProjectionsCoupleSymmetricallyAndPullTheVoltagesTogether() {
    double g = 0.5;
    double tau = 10; // LIF defaults: tau 10 ms, R 1, vRest 0, Euler
    double dt = 0.01;
    Pair p = coupled(g, true, dt, 20);
    Pair free = coupled(0, true, dt, 20);
    // exactly Euler of the coupled pair, the current of step n computed from V after step n - 1
    double va = 10;
    double vb = -10;
    double ia = 0;
    double ib = 0;
    for (int n = 0; n < p.a().length; n++) {
      double na = va + dt * ((-(va - 0) + 1 * ia) / tau);
      double nb = vb + dt * ((-(vb - 0) + 1 * ib) / tau);
      va = na;
      vb = nb;
      ia = g * (vb - va);
      ib = g * (va - vb);
      assertEquals(va, p.a()[n], 1e-12, "V_A after step " + n);
      assertEquals(vb, p.b()[n], 1e-12, "V_B after step " + n);
      // the currents cancel: the mean leaks as if uncoupled
      assertEquals(free.a()[n] + free.b()[n], p.a()[n] + p.b()[n], 1e-12);
    }
    // continuous time: V_A - V_B decays with rate (1 + 2 g R) / tau instead of 1 / tau
    for (int n = 99; n < p.a().length; n += 100) {
      double t = (n + 1) * dt;
      double diff = p.a()[n] - p.b()[n];
      assertEquals(20 * Math.exp(-(1 + 2 * g) * t / tau), diff, 5e-3 * 20 * Math.exp(-t / tau),
          "difference at " + t + " ms");
      assertTrue(diff < free.a()[n] - free.b()[n], "coupling pulls the voltages together");
    }
  }

  @Test
  void oneProjectionDrivesOnlyItsPostsynapticSide() {
    double dt = 0.1;
    Pair p = coupled(0.5, false, dt, 10);
    for (int n = 0; n < p.a().length; n++) {
      assertEquals(10 * Math.pow(1 - dt / 10, n + 1), p.a()[n], 1e-12, "A leaks on its own");
    }
    assertTrue(p.b()[p.b().length - 1] > -10 * Math.pow(1 - dt / 10, p.b().length) + 1,
        "B is pulled up towards A");
  }
}
