package org.brainj.models.synapses;

import static org.brainj.models.synapses.SynapseTestSupport.oneToOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.junit.jupiter.api.Test;

/**
 * Pair-based STDP: the weight change against the spike-timing difference
 * {@code Delta = t_post - t_pre}: {@code +dApre exp(-Delta / tauPre)} for pre before post,
 * {@code -dApost exp(Delta / tauPost)} for post before pre, within {@code [wMin, wMax]}.
 */
class STDPSynapsesTest {
  private static final double DT = 0.1;
  private static final double T_PRE = 70;

  private record Result(STDPSynapses syn, double[] w, double[][] g, double[][] current) {}

  /**
   * Pair {@code p}: presynaptic neuron p spikes at {@code preStart[p]} (every
   * {@code prePeriod[p]} until {@code preStop[p]}), postsynaptic neuron p at {@code postStart[p]}.
   */
  private static Result run(STDPSynapses.Builder b, double[] preStart, double[] prePeriod,
      double[] preStop, double[] postStart, double ms) {
    int n = preStart.length;
    Network net = Network.create();
    SpikeSourceGroup pre = net.add(SpikeSourceGroup.builder(n).name("pre")
        .start(preStart).period(prePeriod).stop(preStop).build());
    SpikeSourceGroup post = net.add(SpikeSourceGroup.builder(n).name("post")
        .start(postStart).build());
    STDPSynapses syn = net.connect(pre, post, b, oneToOne(n));
    RunResult r = net.runner().dt(DT).monitor(syn.g()).monitor(post.I()).run(ms);
    return new Result(syn, syn.w().toDoubleArray(), r.trace(syn.g()).values(),
        r.trace(post.I()).values());
  }

  private static double[] filled(int n, double v) {
    double[] a = new double[n];
    java.util.Arrays.fill(a, v);
    return a;
  }

  @Test
  void theWeightChangeFollowsTheExponentialWindow() {
    double[] delta = {-60, -40, -20, -10, -5, -1, 0, 1, 5, 10, 20, 40, 60};
    int n = delta.length;
    double[] postStart = new double[n];
    for (int p = 0; p < n; p++) {
      postStart[p] = T_PRE + delta[p];
    }
    Result r = run(STDPSynapses.builder(), filled(n, T_PRE), filled(n, 1e9), filled(n, 1e9),
        postStart, 150);
    StringBuilder window = new StringBuilder();
    for (int p = 0; p < n; p++) {
      double dw = r.w()[p] - 0.5;
      double expected = delta[p] >= 0
          ? 0.01 * Math.exp(-delta[p] / 20)      // LTP; same step counts as pre before post
          : -0.0105 * Math.exp(delta[p] / 20);   // LTD
      assertEquals(expected, dw, 1e-15, "Delta = " + delta[p] + " ms");
      assertEquals(delta[p] >= 0, dw > 0, "sign at Delta = " + delta[p]);
      window.append(String.format(" %+.0f:%+.6f", delta[p], dw));
    }
    // the magnitude falls off with |Delta| on both sides
    for (int p = 1; p < n; p++) {
      if (delta[p] > 0 && delta[p - 1] >= 0) {
        assertTrue(r.w()[p] < r.w()[p - 1], "LTP shrinks with Delta" + window);
      }
      if (delta[p] < 0 && delta[p - 1] < 0) {
        assertTrue(r.w()[p] < r.w()[p - 1], "LTD grows as Delta approaches 0" + window);
      }
    }
    assertFalse(r.syn().perPost(), "plasticity is per synapse");
    assertFalse(STDPSynapses.MODEL.perPostCapable());
  }

  @Test
  void allPairsInteractThroughTheTraces() {
    // pre at 10 and 20 ms, post at 15 ms: +dApre e^(-5/20) - dApost e^(-5/20)
    Result r = run(STDPSynapses.builder(), new double[] {10}, new double[] {10},
        new double[] {25}, new double[] {15}, 40);
    assertEquals((0.01 - 0.0105) * Math.exp(-5.0 / 20), r.w()[0] - 0.5, 1e-15);
  }

  @Test
  void theWeightIsClippedToItsBounds() {
    // pair 0: LTP from 0.995 would pass wMax = 1; pair 1: LTD from 0.003 would pass wMin = 0;
    // pair 2: custom bounds [0.2, 0.505]
    double[] w0 = {0.995, 0.003, 0.5};
    double[] wMax = {1, 1, 0.505};
    double[] wMin = {0, 0, 0.2};
    Result r = run(STDPSynapses.builder().w(w0).wMax(wMax).wMin(wMin),
        filled(3, 20), filled(3, 1e9), filled(3, 1e9), new double[] {21, 19, 20.5}, 40);
    assertEquals(1, r.w()[0], 0, "clipped at wMax");
    assertEquals(0, r.w()[1], 0, "clipped at wMin");
    assertEquals(0.505, r.w()[2], 0, "clipped at the synapse's own wMax");
  }

  @Test
  void thePresynapticSpikeAddsTheWeightToTheConductance() {
    double[] w0 = {0.2, 0.8};
    Result r = run(STDPSynapses.builder().w(w0), filled(2, 10), filled(2, 1e9), filled(2, 1e9),
        filled(2, 1e9), 30);
    int k = 100; // the spike's step
    for (int p = 0; p < 2; p++) {
      assertEquals(0, r.g()[k - 1][p], 0);
      assertEquals(w0[p], r.g()[k][p], 0, "g += w (the weight before the update)");
      assertEquals(w0[p] * Math.exp(-5.0 / 5), r.g()[k + 50][p], 1e-15, "decay with tau = 5 ms");
      assertEquals(r.g()[k][p] * (0 - -65), r.current()[k + 1][p], 1e-15, "output g (E - V)");
    }
    assertEquals(0.2, r.w()[0], 0, "no postsynaptic spike, no trace: w unchanged");
  }
}
