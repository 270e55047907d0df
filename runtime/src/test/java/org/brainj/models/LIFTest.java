package org.brainj.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * LIF (manual 3.1.1) under constant input.
 *
 * <p>Continuous model: from {@code vReset} the membrane charges towards {@code V_inf = vRest + R I}
 * and reaches {@code vTh} after {@code T_c = tau ln((V_inf - vReset) / (V_inf - vTh))}, so the
 * interspike interval is {@code tRefractory + T_c}; below rheobase ({@code R I <= vTh - vRest})
 * it never fires.
 *
 * <p>Discrete model (forward Euler, spike stamped at the start of the crossing step, refractory
 * while {@code t - tLastSpike <= tRefractory}): one step multiplies {@code V_inf - V} by
 * {@code q = 1 - dt/tau}, so from {@code vReset} the crossing happens in integration step
 * {@code m = ceil(ln((V_inf - vTh) / (V_inf - vReset)) / ln q)}; after a spike the neuron sits
 * out {@code r = floor(tRefractory / dt)} steps, so the interval is exactly {@code (r + m) dt}.
 * Against the continuous interval it differs by the grid ({@code < dt}) and by Euler's faster
 * charging ({@code T_c - m_exact dt}, with {@code m_exact} the unrounded step count): that is
 * the tolerance. Time steps are powers of two so that {@code t - tLastSpike} is exact.
 */
class LIFTest {

  private static List<Integer> spikeSteps(LIFGroup g, double current, double dt, int steps) {
    List<Integer> out = new ArrayList<>();
    ModelTestSupport.run(g, g.input(), current, dt, steps, k -> {
      if (g.spikeCount() > 0) {
        out.add(k);
      }
    });
    return out;
  }

  @Test
  void regularFiringAtTheAnalyticInterval() {
    for (double dt : new double[] {0.125, 0.0625}) {
      for (double current : new double[] {26, 40}) {
        LIFGroup g = LIFGroup.builder(1).build(); // vRest 0, vReset -5, vTh 20, tau 10, tRef 1
        double tau = 10;
        double vInf = 0 + 1 * current;
        double ratio = (vInf - 20) / (vInf - (-5));
        double mExact = Math.log(ratio) / Math.log(1 - dt / tau);
        assertTrue(Math.abs(mExact - Math.rint(mExact)) > 1e-6, "crossing too close to a step");
        int m = (int) Math.ceil(mExact);
        int r = (int) Math.floor(1.0 / dt);
        List<Integer> s = spikeSteps(g, current, dt, (int) Math.round(300 / dt));
        // the first spike: V starts at vReset and is integrated from step 0
        assertEquals(m - 1, s.get(0), "first spike step");
        double continuous = 1.0 + tau * Math.log((vInf + 5) / (vInf - 20));
        for (int i = 1; i < s.size(); i++) {
          int isi = s.get(i) - s.get(i - 1);
          assertEquals(r + m, isi, "interval " + i + " in steps");
        }
        double isi = (r + m) * dt;
        double eulerBias = tau * Math.log((vInf + 5) / (vInf - 20)) - mExact * dt;
        System.out.printf("LIF I=%.0f dt=%.4f: ISI %.4f ms, analytic %.4f ms, Euler bias %.4f%n",
            current, dt, isi, continuous, eulerBias);
        assertEquals(continuous, isi, dt + eulerBias);
        assertEquals(300 / isi, s.size(), 1.0);
      }
    }
  }

  @Test
  void fICurveFollowsTheAnalyticRate() {
    // vReset = vRest = 0: the rate is 1 / (tRef + tau ln(R I / (R I - (vTh - vRest)))), zero up
    // to the rheobase R I = vTh - vRest = 20; each of 21 neurons gets its own current
    double dt = 1.0 / 128;
    double[] currents = Firing.range(10, 60, 2.5);
    LIFGroup g = LIFGroup.builder(currents.length).vReset(0).build();
    org.brainj.runtime.monitor.SpikeRecord s = Firing.spikes(g, g.input(), currents, dt, 500);
    for (int i = 0; i < currents.length; i++) {
      double current = currents[i];
      double[] isi = Firing.intervals(s, i, 0);
      if (current <= 20) {
        assertEquals(0, Firing.times(s, i).length, "silent at and below rheobase: I=" + current);
        continue;
      }
      double analytic = 1 / (1.0 + 10 * Math.log(current / (current - 20))); // per ms
      // discrete: floor(tRef / dt) held steps plus m Euler steps to the crossing (see above)
      double mExact = Math.log((current - 20) / current) / Math.log(1 - dt / 10);
      double interval = (Math.floor(1.0 / dt) + Math.ceil(mExact)) * dt;
      double eulerBias = 10 * Math.log(current / (current - 20)) - mExact * dt;
      assertTrue(isi.length >= 5, "fires at I=" + current);
      for (double v : isi) {
        assertEquals(interval, v, 1e-9, "I=" + current);
      }
      assertEquals(analytic, 1 / interval, analytic * analytic * (dt + eulerBias),
          "rate at I=" + current);
    }
  }

  @Test
  void belowRheobaseNeverFires() {
    LIFGroup g = LIFGroup.builder(1).build();
    // R I = 19.9 < vTh - vRest = 20: V rises monotonically to 19.9 and stays below threshold
    List<Integer> s = spikeSteps(g, 19.9, 0.1, 5000);
    assertTrue(s.isEmpty(), "spikes at steps " + s);
    assertEquals(19.9, g.V().get(0), 1e-9);
    assertEquals(0, g.refractory().get(0));
  }

  @Test
  void refractoryPeriodIsRespected() {
    double dt = 0.125;
    LIFGroup g = LIFGroup.builder(1).build();
    List<Integer> spikes = new ArrayList<>();
    List<double[]> states = new ArrayList<>();
    // input 4000: a single Euler step from vReset jumps far above threshold (-5 + 0.0125 * 4005
    // = 45 mV), so only the refractory period limits the rate
    ModelTestSupport.run(g, g.input(), 4000, dt, 400, k -> {
      if (g.spikeCount() > 0) {
        spikes.add(k);
      }
      states.add(new double[] {g.V().get(0), g.refractory().get(0), g.spike().get(0),
          g.tLastSpike().get(0)});
    });
    assertEquals(0, spikes.get(0)); // V0 = vReset, the first step already crosses
    for (int i = 1; i < spikes.size(); i++) {
      // 8 refractory steps (t - tLast = dt .. 8 dt = tRefractory), then the crossing step
      assertEquals(9, spikes.get(i) - spikes.get(i - 1));
    }
    for (int i = 0; i < spikes.size() - 1; i++) {
      int s = spikes.get(i);
      assertEquals(s * dt, states.get(s)[3], 0, "tLastSpike is the start of the spiking step");
      for (int k = s + 1; k <= s + 8; k++) {
        double[] st = states.get(k);
        assertEquals(-5, st[0], 0, "V held at vReset");
        assertEquals(1, st[1], "refractory flag");
        assertEquals(0, st[2], "no spike while refractory");
      }
    }
  }
}
