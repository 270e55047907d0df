package org.brainj.runtime.synapse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;
import org.brainj.models.synapses.ExpCOBASynapses;
import org.brainj.runtime.init.Init;
import org.brainj.runtime.monitor.Trace;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.junit.jupiter.api.Test;

/**
 * The two state layouts of a linear synapse model compute the same thing: one conductance per
 * postsynaptic neuron (the sum over its synapses, BrainPy's {@code SynVec5}) or one per synapse
 * ({@code .perSynapse()}, {@code SynVec4}). Only the order of additions differs, so the results
 * agree to rounding.
 */
class SynapseLayoutTest {
  private static final int STEPS = 2000;

  private record Run(ExpCOBASynapses syn, RunResult result, LeakyGroup post, PoissonGroup pre) {}

  private static Run run(DenseNet d, UnaryOperator<ExpCOBASynapses.Builder> layout) {
    Network net = Network.create();
    var pre = net.add(PoissonGroup.builder(d.nPre).name("P").seed(7).p(0.03).build());
    var post = net.add(LeakyGroup.builder(d.nPost).name("Q").seed(7).V(Init.normal(-60, 5))
        .schedule("monitor", "input", "update").build());
    var syn = net.connect(pre, post, layout.apply(ExpCOBASynapses.builder().name("S").tau(5)
        .E(0).weight(d.synWeights).delay(0.2)), d.connectivity);
    RunResult r = net.runner().dt(0.1).input(post.input(), 3.0)
        .monitor(post.V()).monitor(post.input()).monitor(syn.g()).monitorSpikes(pre)
        .run(STEPS * 0.1);
    return new Run(syn, r, post, pre);
  }

  @Test
  void perPostAndPerSynapseLayoutsAgree() {
    DenseNet d = new DenseNet(60, 30, 0.2, 11);
    Run lumped = run(d, b -> b);
    Run each = run(d, ExpCOBASynapses.Builder::perSynapse);
    assertTrue(lumped.syn.perPost(), "ExpCOBA keeps its state per postsynaptic neuron by default");
    assertFalse(each.syn.perPost());
    assertTrue(lumped.result.spikes(lumped.pre).count() > 1000, "a run with spikes");
    assertArrayEquals(lumped.result.spikes(lumped.pre).indices(),
        each.result.spikes(each.pre).indices(), "same presynaptic spikes");

    // monitors of g: one column per postsynaptic neuron, or one per synapse
    Trace gLumped = lumped.result.trace(lumped.syn.g());
    Trace gEach = each.result.trace(each.syn.g());
    assertArrayEquals(new int[] {STEPS, d.nPost}, gLumped.shape());
    assertArrayEquals(new int[] {STEPS, d.synapses()}, gEach.shape());
    assertEquals(d.nPost, lumped.syn.g().size());
    assertEquals(d.synapses(), each.syn.g().size());
    assertEquals(d.synapses(), lumped.syn.size(), "size() counts synapses in both layouts");

    int[] ids = d.connectivity.postIds();
    double maxV = 0;
    for (int n = 0; n < STEPS; n++) {
      double[] sums = new double[d.nPost];
      for (int s = 0; s < ids.length; s++) {
        sums[ids[s]] += gEach.values()[n][s];
      }
      for (int j = 0; j < d.nPost; j++) {
        close(sums[j], gLumped.values()[n][j], "g of post " + j + " at step " + n);
        close(each.result.trace(each.post.input()).values()[n][j],
            lumped.result.trace(lumped.post.input()).values()[n][j],
            "input of post " + j + " at step " + n);
        double v = each.result.trace(each.post.V()).values()[n][j];
        close(v, lumped.result.trace(lumped.post.V()).values()[n][j],
            "V of post " + j + " at step " + n);
        maxV = Math.max(maxV, Math.abs(v + 60));
      }
    }
    assertTrue(maxV > 10, "the synapses moved V: " + maxV);
  }

  @Test
  void aParameterOfTheDynamicsGivenPerSynapseSelectsThePerSynapseLayout() {
    DenseNet d = new DenseNet(10, 10, 0.5, 3);
    double[] taus = new double[d.synapses()];
    java.util.Arrays.fill(taus, 5);
    assertFalse(run(d, b -> b.tau(taus)).syn.perPost(), "tau per synapse");
    assertFalse(run(d, b -> b.E(Init.uniform(-1, 1))).syn.perPost(), "E drawn per synapse");
    assertFalse(run(d, b -> b.g(Init.uniform(0, 1))).syn.perPost(), "g0 per synapse");
    // the weight only enters the events, which add: it may vary in the per-post layout
    assertTrue(run(d, b -> b.weight(Init.uniform(0, 1))).syn.perPost(), "weight per synapse");
  }

  private static void close(double expected, double actual, String what) {
    assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)), what);
  }
}
