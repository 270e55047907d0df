package org.brainj.runtime.synapse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.models.synapses.ExpCOBASynapses;
import org.brainj.runtime.init.Init;
import org.brainj.runtime.monitor.Trace;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Event-driven propagation (CSR rows of the spiking neurons only) against the manual's dense
 * reference (6.1, {@code SynMat2}): a {@code nPre x nPost} conductance matrix decayed by Euler,
 * incremented row by row for the presynaptic spikes, summed into the postsynaptic input — all
 * computed here, step by step, from the recorded presynaptic spikes and postsynaptic potentials.
 */
class SynapsePropagationTest {
  private static final double DT = 0.1;
  private static final double TAU = 5;
  private static final double E_REV = 10;
  private static final int STEPS = 400;

  @ParameterizedTest(name = "delay {0} ms, per synapse {1}, seed {2}")
  @CsvSource({
    "0,   true,  1",
    "0,   false, 1",
    "0.3, true,  2",
    "0.3, false, 2",
    "0,   true,  3",
    "1.0, false, 4",
  })
  void eventDrivenPropagationEqualsTheDenseReference(double delay, boolean perSynapse, long seed) {
    DenseNet d = new DenseNet(40, 25, 0.25, seed);
    Network net = Network.create();
    var pre = net.add(PoissonGroup.builder(d.nPre).name("P").seed(seed).p(0.04).build());
    // monitor first: the row of step n shows the input the synapses left for step n's update
    var post = net.add(LeakyGroup.builder(d.nPost).name("Q").seed(seed)
        .V(Init.normal(-60, 5)).schedule("monitor", "input", "update").build());
    var b = ExpCOBASynapses.builder().name("S").tau(TAU).E(E_REV).weight(d.synWeights)
        .delay(delay);
    if (perSynapse) {
      b.perSynapse();
    }
    ExpCOBASynapses syn = net.connect(pre, post, b, d.connectivity);
    assertEquals(!perSynapse, syn.perPost(), "layout");

    RunResult r = net.runner().dt(DT)
        .monitor(pre.spike()).monitor(post.V()).monitor(post.input()).monitor(syn.g())
        .run(STEPS * DT);
    double[][] spikes = r.trace(pre.spike()).values();
    double[][] v = r.trace(post.V()).values();
    double[][] input = r.trace(post.input()).values();
    Trace gTrace = r.trace(syn.g());
    assertEquals(perSynapse ? d.synapses() : d.nPost, gTrace.columns());

    int delaySteps = (int) Math.round(delay / DT);
    double[][] g = new double[d.nPre][d.nPost];
    int events = 0;
    for (int n = 0; n < STEPS; n++) {
      // input the synapses wrote at step n-1, from g after step n-1 and V after step n-1
      for (int j = 0; j < d.nPost; j++) {
        double expected = 0;
        for (int i = 0; i < d.nPre; i++) {
          if (d.conn[i][j]) {
            expected += g[i][j] * (E_REV - v[n][j]);
          }
        }
        check(expected, input[n][j], perSynapse, "input of post " + j + " at step " + n);
      }
      // the input reaches the neuron in the same step: V(n+1) = V(n) + dt (-V(n) + I(n)) / tau
      if (n + 1 < STEPS) {
        for (int j = 0; j < d.nPost; j++) {
          assertEquals(v[n][j] + DT * ((-v[n][j] + input[n][j]) / 10.0), v[n + 1][j],
              "V of post " + j + " at step " + (n + 1));
        }
      }
      // step n of the synapses: decay, then the spikes of step n - delay
      for (int i = 0; i < d.nPre; i++) {
        for (int j = 0; j < d.nPost; j++) {
          if (d.conn[i][j]) {
            g[i][j] += DT * (-g[i][j] / TAU);
          }
        }
      }
      if (n >= delaySteps) {
        for (int i = 0; i < d.nPre; i++) {
          if (spikes[n - delaySteps][i] != 0) {
            for (int j = 0; j < d.nPost; j++) {
              if (d.conn[i][j]) {
                g[i][j] += d.weight[i][j];
                events++;
              }
            }
          }
        }
      }
      double[] row = gTrace.values()[n];
      if (perSynapse) {
        int[] ptr = d.connectivity.preIndptr();
        int[] ids = d.connectivity.postIds();
        for (int i = 0; i < d.nPre; i++) {
          for (int s = ptr[i]; s < ptr[i + 1]; s++) {
            assertEquals(g[i][ids[s]], row[s], "g of synapse " + s + " at step " + n);
          }
        }
      } else {
        for (int j = 0; j < d.nPost; j++) {
          double sum = 0;
          for (int i = 0; i < d.nPre; i++) {
            sum += g[i][j];
          }
          check(sum, row[j], false, "g of post " + j + " at step " + n);
        }
      }
    }
    assertTrue(events > 500, "the run had synaptic events: " + events);
  }

  /** Bitwise where the summation order is the reference's, else 1e-12 relative. */
  private static void check(double expected, double actual, boolean bitwise, String what) {
    if (bitwise) {
      assertEquals(expected, actual, what);
    } else {
      assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)), what);
    }
  }
}
