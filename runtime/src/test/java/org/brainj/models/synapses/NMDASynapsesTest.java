package org.brainj.models.synapses;

import static org.brainj.models.synapses.SynapseTestSupport.allToAll;
import static org.brainj.models.synapses.SynapseTestSupport.max;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.junit.jupiter.api.Test;

/** The NMDA synapse: magnesium block against its formula, kinetics against the exact solution. */
class NMDASynapsesTest {
  private static final double DT = 0.1;
  private static final double[] V = {-100, -80, -60, -40, -20, 20, 40, 60};

  /** BrainPy's MgBlock: 1 / (1 + cc_Mg / beta exp(-alpha V)) with the defaults. */
  static double block(double v) {
    return 1 / (1 + 1.2 / 3.57 * Math.exp(-0.062 * v));
  }

  private record Traces(double[][] g, double[][] x, double[][] current) {}

  private static Traces run(double ms, double start, double period, double stop) {
    Network net = Network.create();
    SpikeSourceGroup pre = net.add(SpikeSourceGroup.builder(1).name("pre")
        .start(start).period(period).stop(stop).build());
    SpikeSourceGroup post = net.add(SpikeSourceGroup.builder(V.length).name("post").V(V).build());
    NMDASynapses syn = net.connect(pre, post, NMDASynapses.builder(), allToAll(1, V.length));
    RunResult r = net.runner().dt(DT).monitor(syn.g()).monitor(syn.x()).monitor(post.I()).run(ms);
    return new Traces(r.trace(syn.g()).values(), r.trace(syn.x()).values(),
        r.trace(post.I()).values());
  }

  @Test
  void theMagnesiumBlockFollowsTheFormulaInV() {
    Traces tr = run(100, 1.0, 1e9, 1e9);
    for (int j = 0; j < V.length; j++) {
      double effective = 0;
      int samples = 0;
      for (int k = 0; k + 1 < tr.g().length; k++) {
        double g = tr.g()[k][j];
        double i = tr.current()[k + 1][j];
        assertEquals(0.15 * g * (0 - V[j]) * block(V[j]), i, 1e-15 * Math.max(1, Math.abs(i)),
            "current into neuron " + j + " in step " + (k + 1));
        if (g > 1e-3) {
          // the effective open fraction gInf(V) = I / (g_max g (E - V))
          effective = Math.max(effective, Math.abs(i / (0.15 * g * (0 - V[j])) - block(V[j])));
          samples++;
        }
      }
      assertTrue(samples > 500, "enough samples with the channel open");
      assertTrue(effective < 1e-12, "gInf(V) at V = " + V[j] + ": deviation " + effective);
    }
    // the block: a few percent open at rest, most open when depolarised
    assertEquals(0.0673, block(-60), 1e-4);
    assertEquals(0.7485, block(0), 1e-4);
    assertEquals(0.9114, block(20), 1e-4);
    // outward above the reversal potential
    assertTrue(tr.current()[100][5] < 0 && tr.current()[100][2] > 0);
  }

  /**
   * The exact open fraction after one spike at 0: with {@code x = exp(-t/tauRise)} the equation
   * {@code g' = -(1/tauDecay + a x) g + a x} has the integrating factor
   * {@code mu(t) = exp(t/tauDecay + a tauRise (1 - exp(-t/tauRise)))}, so
   * {@code g(t) = (1/mu(t)) int_0^t a x(s) mu(s) ds}, integrated here by composite Simpson.
   */
  static double[] exactG(int steps, double dt) {
    double tauD = 100;
    double tauR = 2;
    double a = 0.5;
    java.util.function.DoubleUnaryOperator mu =
        t -> Math.exp(t / tauD + a * tauR * (1 - Math.exp(-t / tauR)));
    java.util.function.DoubleUnaryOperator f = s -> a * Math.exp(-s / tauR) * mu.applyAsDouble(s);
    double[] g = new double[steps];
    double acc = 0;
    int sub = 20;
    double h = dt / sub;
    for (int m = 1; m < steps; m++) {
      double t0 = (m - 1) * dt;
      double s = f.applyAsDouble(t0) + f.applyAsDouble(t0 + dt);
      for (int q = 1; q < sub; q++) {
        s += (q % 2 == 1 ? 4 : 2) * f.applyAsDouble(t0 + q * h);
      }
      acc += s * h / 3;
      g[m] = acc / mu.applyAsDouble(m * dt);
    }
    return g;
  }

  @Test
  void afterOneSpikeXDecaysWithTauRiseAndGFollowsTheExactSolution() {
    Traces tr = run(200, 1.0, 1e9, 1e9);
    int ks = 10; // the spike's step: x = 1 after it
    double[] exact = exactG(tr.g().length - ks, DT);
    double worst = 0;
    for (int m = 0; ks + m < tr.g().length; m++) {
      assertEquals(Math.exp(-m * DT / 2), tr.x()[ks + m][0], 1e-6, "x, " + m + " steps after");
      worst = Math.max(worst, Math.abs(tr.g()[ks + m][0] - exact[m]));
    }
    double peak = max(exact);
    assertTrue(worst < 1e-6 * peak, "rk4 vs the exact g: worst " + worst + " (peak " + peak + ")");
    for (int j = 1; j < V.length; j++) {
      assertEquals(tr.g()[150][0], tr.g()[150][j], 0, "one spike, identical synapses");
    }
  }

  @Test
  void aBurstSaturatesGBelowOne() {
    Traces single = run(50, 1.0, 1e9, 1e9);
    Traces burst = run(50, 1.0, 1.0, 20.5);
    double peakSingle = 0;
    double peakBurst = 0;
    for (int k = 0; k < single.g().length; k++) {
      peakSingle = Math.max(peakSingle, single.g()[k][0]);
      peakBurst = Math.max(peakBurst, burst.g()[k][0]);
      assertTrue(burst.g()[k][0] < 1, "g is a fraction");
    }
    assertTrue(peakBurst > 0.9, "20 spikes drive g close to 1: " + peakBurst);
    assertTrue(peakBurst < 20 * peakSingle / 3, "sublinear summation: " + peakBurst + " vs "
        + peakSingle + " for one spike");
  }
}
