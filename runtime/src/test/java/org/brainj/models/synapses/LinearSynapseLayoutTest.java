package org.brainj.models.synapses;

import static org.brainj.models.synapses.SynapseTestSupport.edges;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.brainj.runtime.group.ModelInfo;
import org.brainj.runtime.group.SynapseBuilder;
import org.brainj.runtime.group.SynapseGroup;
import org.brainj.runtime.group.SynapseIndex;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The linear built-in synapses keep their state per postsynaptic neuron by default; that layout
 * must give the same postsynaptic currents as one state per synapse, and its state must be the
 * sum of the per-synapse states.
 */
class LinearSynapseLayoutTest {
  private static final double DT = 0.1;
  /** 5 presynaptic onto 3 postsynaptic neurons, 10 synapses, one pair twice, one post thrice. */
  private static final int[][] EDGES = {
    {0, 0}, {0, 2}, {1, 0}, {1, 1}, {2, 2}, {2, 2}, {3, 1}, {3, 0}, {4, 2}, {4, 1}
  };
  private static final double[] WEIGHTS = {0.3, 0.5, 0.2, 0.9, 0.4, 0.1, 0.7, 0.25, 0.6, 0.35};

  record Case(String name, Function<double[], SynapseBuilder<?, ?>> builder) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Case> linear() {
    return List.of(
        new Case("ExpCOBA", w -> ExpCOBASynapses.builder().weight(w)),
        new Case("ExpCUBA", w -> ExpCUBASynapses.builder().weight(w)),
        new Case("DualExpCOBA", w -> DualExpCOBASynapses.builder().weight(w)),
        new Case("DualExpCUBA", w -> DualExpCUBASynapses.builder().weight(w).tauRise(0.5)),
        new Case("Alpha", w -> AlphaSynapses.builder().weight(w).tau(3)));
  }

  private record Run(SynapseGroup syn, double[][] state, double[][] current) {}

  private static Run run(SynapseBuilder<?, ?> builder) {
    Network net = Network.create();
    SpikeSourceGroup pre = net.add(SpikeSourceGroup.builder(5).name("pre")
        .start(new double[] {1, 2.5, 0.3, 7, 4})
        .period(new double[] {3, 4.5, 7, 2.2, 10})
        .build());
    SpikeSourceGroup post = net.add(SpikeSourceGroup.builder(3).name("post")
        .V(new double[] {-70, -60, -50})
        .build());
    SynapseIndex conn = edges(5, 3, EDGES);
    SynapseGroup syn = net.connect(pre, post, builder, conn);
    RunResult r = net.runner().dt(DT).monitor(syn.var("g")).monitor(post.I()).run(60);
    return new Run(syn, r.trace(syn.var("g")).values(), r.trace(post.I()).values());
  }

  @ParameterizedTest
  @MethodSource("linear")
  void perPostStateIsTheSumOfPerSynapseStatesAndGivesTheSameCurrents(Case c) {
    Run lumped = run(c.builder().apply(WEIGHTS));
    Run perSyn = run(c.builder().apply(WEIGHTS).perSynapse());
    assertTrue(lumped.syn().perPost(), c + ": per postsynaptic neuron by default");
    assertFalse(perSyn.syn().perPost(), c + ": perSynapse() keeps one state per synapse");
    assertEquals(3, lumped.syn().var("g").size());
    assertEquals(EDGES.length, perSyn.syn().var("g").size());
    int[] postOf = perSyn.syn().connectivity().postIds();
    double scale = 0;
    for (double[] row : lumped.current()) {
      for (double v : row) {
        scale = Math.max(scale, Math.abs(v));
      }
    }
    assertTrue(scale > 1, c + ": the synapses were active (max |I| " + scale + ")");
    for (int k = 0; k < lumped.state().length; k++) {
      double[] sum = new double[3];
      for (int s = 0; s < postOf.length; s++) {
        sum[postOf[s]] += perSyn.state()[k][s];
      }
      for (int j = 0; j < 3; j++) {
        assertEquals(sum[j], lumped.state()[k][j], 1e-12 * scale,
            c + ": state of post " + j + " at row " + k);
        assertEquals(perSyn.current()[k][j], lumped.current()[k][j], 1e-12 * scale,
            c + ": current into post " + j + " at row " + k);
      }
    }
  }

  @Test
  void aParameterOfTheDynamicsVaryingPerSynapseSelectsThePerSynapseLayout() {
    double[] tau = new double[EDGES.length];
    java.util.Arrays.fill(tau, 10);
    Run varying = run(DualExpCOBASynapses.builder().weight(WEIGHTS).tauDecay(tau));
    Run uniform = run(DualExpCOBASynapses.builder().weight(WEIGHTS).tauDecay(10));
    assertFalse(varying.syn().perPost(), "tauDecay given per synapse");
    assertTrue(uniform.syn().perPost());
    for (int k = 0; k < uniform.current().length; k++) {
      for (int j = 0; j < 3; j++) {
        assertEquals(varying.current()[k][j], uniform.current()[k][j],
            1e-12 * Math.max(1, Math.abs(uniform.current()[k][j])));
      }
    }
    // and a lumped group refuses to have it changed per synapse later
    var ex = assertThrows(IllegalArgumentException.class,
        () -> ((DualExpCOBASynapses) uniform.syn()).tauDecay().set(tau));
    assertTrue(ex.getMessage().contains("perSynapse"), ex.getMessage());
  }

  @Test
  void exactlyTheLinearModelsArePerPostCapable() {
    List<ModelInfo> capable = List.of(ExpCOBASynapses.MODEL, ExpCUBASynapses.MODEL,
        DualExpCOBASynapses.MODEL, DualExpCUBASynapses.MODEL, AlphaSynapses.MODEL);
    List<ModelInfo> perSynapse = List.of(AMPASynapses.MODEL, GABAASynapses.MODEL,
        NMDASynapses.MODEL, STPSynapses.MODEL, GapJunctionSynapses.MODEL, STDPSynapses.MODEL);
    for (ModelInfo m : capable) {
      assertTrue(m.perPostCapable(), m.name());
    }
    for (ModelInfo m : perSynapse) {
      assertFalse(m.perPostCapable(), m.name());
    }
    assertEquals(List.of("E", "tauDecay", "tauRise"),
        DualExpCOBASynapses.MODEL.perPostUniformParams());
    assertEquals(List.of("tauDecay", "tauRise"), DualExpCUBASynapses.MODEL.perPostUniformParams());
    assertEquals(List.of("E", "tau"), AlphaSynapses.MODEL.perPostUniformParams());
  }
}
