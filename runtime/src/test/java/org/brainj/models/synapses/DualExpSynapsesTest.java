package org.brainj.models.synapses;

import static org.brainj.models.synapses.SynapseTestSupport.allToAll;
import static org.brainj.models.synapses.SynapseTestSupport.from;
import static org.brainj.models.synapses.SynapseTestSupport.integral;
import static org.brainj.models.synapses.SynapseTestSupport.max;
import static org.brainj.models.synapses.SynapseTestSupport.peakTime;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.junit.jupiter.api.Test;

/**
 * Dual-exponential and alpha synapses against their closed forms after one presynaptic spike:
 * time course, peak time, peak value, integral, and the current they drive into a clamped
 * postsynaptic neuron.
 */
class DualExpSynapsesTest {
  private static final double DT = 0.1;
  /** The presynaptic spike at 1 ms is the event of step 10; row 10 + m is m dt after it. */
  private static final int SPIKE_ROW = 10;
  private static final double V_POST = -65;

  /** g(t) of a dual-exponential synapse after h jumped by w at t = 0. */
  static double dualExp(double w, double tauDecay, double tauRise, double t) {
    return w * tauDecay * tauRise / (tauDecay - tauRise)
        * (Math.exp(-t / tauDecay) - Math.exp(-t / tauRise));
  }

  /** One spike at 1 ms; returns {g, h, I_post} columns of neuron 0 over {@code ms}. */
  private static double[][] run(
      org.brainj.runtime.group.SynapseBuilder<?, ?> builder, double ms) {
    Network net = Network.create();
    SpikeSourceGroup pre = net.add(SpikeSourceGroup.builder(1).name("pre").start(1.0).build());
    SpikeSourceGroup post = net.add(SpikeSourceGroup.builder(1).name("post").V(V_POST).build());
    var syn = net.connect(pre, post, builder, allToAll(1, 1));
    RunResult r = net.runner().dt(DT)
        .monitor(syn.var("g")).monitor(syn.var("h")).monitor(post.I())
        .run(ms);
    return new double[][] {
      r.trace(syn.var("g")).column(0), r.trace(syn.var("h")).column(0),
      r.trace(post.I()).column(0)
    };
  }

  /**
   * The simulated peak time, refined between samples, equals that of the closed form sampled on
   * the same grid (the refinement's own error cancels), and both are within 0.01 ms of the exact
   * peak time {@code expected}.
   */
  private static void assertPeakTime(double expected, double[] simulated,
      java.util.function.IntToDoubleFunction closedForm) {
    double[] exact = new double[simulated.length];
    for (int m = 0; m < exact.length; m++) {
      exact[m] = closedForm.applyAsDouble(m);
    }
    double tSim = peakTime(simulated, DT);
    assertEquals(peakTime(exact, DT), tSim, 1e-4, "peak time, simulated vs closed form sampled");
    assertEquals(expected, tSim, 0.01, "peak time vs the formula");
  }

  @Test
  void dualExpCobaFollowsTheClosedFormAfterOneSpike() {
    double w = 0.5;
    double tauD = 10;
    double tauR = 1;
    double[][] res = run(DualExpCOBASynapses.builder().weight(w), 300);
    double[] g = res[0];
    double[] h = res[1];
    for (int k = 0; k <= SPIKE_ROW; k++) {
      assertEquals(0, g[k], 0, "g before the spike, row " + k);
    }
    assertEquals(w, h[SPIKE_ROW], 0, "h jumps by the weight in the spike's step");
    double[] after = from(g, SPIKE_ROW);
    double peak = w * tauD * tauR / (tauD - tauR)
        * (Math.pow(tauR / tauD, tauR / (tauD - tauR)) - Math.pow(tauR / tauD, tauD / (tauD - tauR)));
    double worst = 0;
    for (int m = 0; m < after.length; m++) {
      worst = Math.max(worst, Math.abs(after[m] - dualExp(w, tauD, tauR, m * DT)));
      assertEquals(Math.exp(-m * DT / tauR) * w, h[SPIKE_ROW + m], 1e-6 * w, "h, row " + m);
    }
    assertTrue(worst < 1e-6 * peak, "RK4 vs closed form, worst deviation " + worst);
    double tPeak = tauD * tauR / (tauD - tauR) * Math.log(tauD / tauR);
    assertPeakTime(tPeak, after, m -> dualExp(w, tauD, tauR, m * DT));
    assertEquals(peak, max(after), 2e-3 * peak, "peak value");
    assertEquals(w * tauD * tauR, integral(after, DT), 1e-4 * w * tauD * tauR, "integral");
    // the output drives the clamped neuron: I(step k + 1) = g(after step k) (E - V)
    double[] current = res[2];
    for (int k = 0; k + 1 < g.length; k++) {
      assertEquals(g[k] * (0 - V_POST), current[k + 1], 1e-15, "current, row " + (k + 1));
    }
  }

  @Test
  void dualExpCubaHasTheSameTimeCourseAndOutputsItAsCurrent() {
    double w = 2;
    double tauD = 5;
    double tauR = 0.5;
    double[][] res = run(DualExpCUBASynapses.builder().weight(w).tauDecay(tauD).tauRise(tauR), 100);
    double[] after = from(res[0], SPIKE_ROW);
    double scale = max(after);
    for (int m = 0; m < after.length; m++) {
      assertEquals(dualExp(w, tauD, tauR, m * DT), after[m], 1e-5 * scale, "g, row " + m);
    }
    assertPeakTime(tauD * tauR / (tauD - tauR) * Math.log(tauD / tauR), after,
        m -> dualExp(w, tauD, tauR, m * DT));
    assertEquals(w * tauD * tauR, integral(after, DT), 1e-3 * w * tauD * tauR);
    for (int k = 0; k + 1 < res[0].length; k++) {
      assertEquals(res[0][k], res[2][k + 1], 0, "I_post = g");
    }
  }

  @Test
  void alphaPeaksAtTauWithTauOverEAndIntegralTauSquared() {
    double w = 0.3;
    double tau = 8;
    double[][] res = run(AlphaSynapses.builder().weight(w), 200);
    double[] after = from(res[0], SPIKE_ROW);
    for (int m = 0; m < after.length; m++) {
      double t = m * DT;
      assertEquals(w * t * Math.exp(-t / tau), after[m], 1e-8, "g, row " + m);
    }
    assertPeakTime(tau, after, m -> w * m * DT * Math.exp(-m * DT / tau));
    assertEquals(w * tau / Math.E, max(after), 1e-8, "alpha peak value w tau / e");
    assertEquals(w * tau * tau, integral(after, DT), 1e-4 * w * tau * tau, "integral w tau^2");
  }

  @Test
  void alphaIsDualExpWithEqualTimeConstants() {
    double[][] a = run(AlphaSynapses.builder().tau(6).weight(0.7), 60);
    double[][] d = run(DualExpCOBASynapses.builder().tauDecay(6).tauRise(6).weight(0.7), 60);
    assertArrayEquals(a[0], d[0], 0, "same equations, same arithmetic");
    assertArrayEquals(a[2], d[2], 0);
  }
}
