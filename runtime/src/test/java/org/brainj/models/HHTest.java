package org.brainj.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * HH (manual 3.1.2) against the reference solution in {@code reference/hh_single_neuron_I10.json}
 * (SciPy DOP853, rtol 1e-10, atol 1e-12; independent of BrainJ): constant input 10 uA/cm^2 for
 * 100 ms from V = -65, m = 0.05, h = 0.6, n = 0.32, spikes as upward crossings of 20 mV.
 */
class HHTest {
  private static final String JSON = "hh_single_neuron_I10.json";

  private static HHGroup referenceGroup() {
    String json = ModelTestSupport.text(JSON);
    return HHGroup.builder(1)
        .ENa(ModelTestSupport.jsonNumber(json, "ENa"))
        .EK(ModelTestSupport.jsonNumber(json, "EK"))
        .EL(ModelTestSupport.jsonNumber(json, "EL"))
        .C(ModelTestSupport.jsonNumber(json, "C"))
        .gNa(ModelTestSupport.jsonNumber(json, "gNa"))
        .gK(ModelTestSupport.jsonNumber(json, "gK"))
        .gL(ModelTestSupport.jsonNumber(json, "gL"))
        .V(ModelTestSupport.jsonNumber(json, "V"))
        .m(ModelTestSupport.jsonNumber(json, "m"))
        .h(ModelTestSupport.jsonNumber(json, "h"))
        .n(ModelTestSupport.jsonNumber(json, "n"))
        .build();
  }

  /** A run: spike times (crossing located by linear interpolation within the step) and the trace. */
  private record Run(List<Double> spikes, double[][] every01ms, double[] finalState) {}

  private static Run simulate(double dt) {
    HHGroup g = referenceGroup();
    double current = ModelTestSupport.jsonNumber(ModelTestSupport.text(JSON), "Iext");
    double duration = ModelTestSupport.jsonNumber(ModelTestSupport.text(JSON), "T_ms");
    int steps = (int) Math.round(duration / dt);
    int per01 = (int) Math.round(0.1 / dt);
    List<Double> spikes = new ArrayList<>();
    double[][] trace = new double[steps / per01 + 1][];
    trace[0] = state(g);
    double[] before = {g.V().get(0)};
    ModelTestSupport.run(g, g.input(), current, dt, steps, k -> {
      double v = g.V().get(0);
      if (g.spikeCount() > 0) {
        assertTrue(before[0] < 20 && v >= 20);
        spikes.add(k * dt + dt * (20 - before[0]) / (v - before[0]));
      } else {
        assertTrue(!(before[0] < 20 && v >= 20), "missed crossing at step " + k);
      }
      before[0] = v;
      if ((k + 1) % per01 == 0) {
        trace[(k + 1) / per01] = state(g); // the state at t = (k + 1) dt
      }
    });
    return new Run(spikes, trace, state(g));
  }

  private static double[] state(HHGroup g) {
    return new double[] {g.V().get(0), g.m().get(0), g.h().get(0), g.n().get(0)};
  }

  private static double maxSpikeError(List<Double> spikes, List<double[]> reference) {
    assertEquals(reference.size(), spikes.size(), "spike count " + spikes);
    double max = 0;
    for (int i = 0; i < spikes.size(); i++) {
      max = Math.max(max, Math.abs(spikes.get(i) - reference.get(i)[1]));
    }
    return max;
  }

  /**
   * Tolerance of the spike times. Two errors add up: rk4's global error in the trajectory, which
   * shifts a spike by O(dt^4), and the linear interpolation of the crossing within its step, off
   * by about {@code dt^2 |V''| / (8 |V'|)} (O(dt^2)). Measured max errors over the 7 spikes:
   * 7.7e-5 ms at dt = 0.01 and 1.4e-5 ms at dt = 0.005, a ratio of 5.6: between the 4 of a pure
   * dt^2 term and the 16 of a pure dt^4 one, so both contribute (fitting {@code A dt^2 + B dt^4}
   * to the two gives A = 0.48 ms^-1, B = 2.9e3 ms^-3). The bounds are those errors with a factor
   * of two to spare, and the ratio must lie in [4, 16] (convergence of order 2 to 4). A wrong
   * rate function, parameter or tableau entry moves spikes by orders of magnitude more.
   */
  @Test
  void sevenSpikesAtTheReferenceTimes() {
    List<double[]> reference = ModelTestSupport.csv("hh_single_neuron_I10_spikes.csv");
    assertEquals(7, reference.size());
    Run coarse = simulate(0.01);
    Run fine = simulate(0.005);
    double errCoarse = maxSpikeError(coarse.spikes(), reference);
    double errFine = maxSpikeError(fine.spikes(), reference);
    System.out.printf("HH spike times: max error %.3e ms at dt=0.01, %.3e ms at dt=0.005 (ratio %.2f)"
        + "%n  %s%n", errCoarse, errFine, errCoarse / errFine, coarse.spikes());
    assertTrue(errCoarse < 1.5e-4, "dt=0.01: spike time error " + errCoarse);
    assertTrue(errFine < 3e-5, "dt=0.005: spike time error " + errFine);
    double ratio = errCoarse / errFine;
    assertTrue(ratio > 4 && ratio < 16, "error ratio " + ratio);
  }

  /**
   * The state every 0.1 ms against the reference trace: no interpolation enters, so this is rk4's
   * own global error, largest on the upstrokes where V changes by hundreds of mV/ms. Measured max
   * errors at dt = 0.01: V 1.25e-4 mV, m 4.0e-7, h 7.7e-8, n 8.6e-8; bounds with a factor of
   * about two: 3e-4 mV and 1e-6. Halving dt must divide the V error by about 16 (fourth order,
   * joint integration of V, m, h, n; accepted 12 to 20).
   */
  @Test
  void traceMatchesTheReferenceEveryTenthOfAMillisecond() {
    List<double[]> reference = ModelTestSupport.csv("hh_single_neuron_I10_trace_0.1ms.csv");
    Run run = simulate(0.01);
    assertEquals(reference.size(), run.every01ms().length);
    double[] max = new double[4];
    for (int i = 0; i < reference.size(); i++) {
      double[] ref = reference.get(i);
      assertEquals(i * 0.1, ref[0], 1e-9);
      for (int c = 0; c < 4; c++) {
        max[c] = Math.max(max[c], Math.abs(run.every01ms()[i][c] - ref[c + 1]));
      }
    }
    System.out.printf("HH trace max |error| at dt=0.01: V %.2e mV, m %.2e, h %.2e, n %.2e%n",
        max[0], max[1], max[2], max[3]);
    assertTrue(max[0] < 3e-4, "V error " + max[0]);
    assertTrue(max[1] < 1e-6 && max[2] < 1e-6 && max[3] < 1e-6, "gate errors");
    double vErrFine = maxTraceError(simulate(0.005), reference);
    System.out.printf("HH trace max V error at dt=0.005: %.2e mV (ratio %.2f)%n", vErrFine,
        max[0] / vErrFine);
    assertEquals(16, max[0] / vErrFine, 4);
    // the final state given in the JSON
    String json = ModelTestSupport.text(JSON);
    int at = json.indexOf("\"final_state_at_T\"");
    String[] cells = json.substring(json.indexOf('[', at) + 1, json.indexOf(']', at)).split(",");
    for (int c = 0; c < 4; c++) {
      assertEquals(Double.parseDouble(cells[c].trim()), run.finalState()[c], c == 0 ? 3e-4 : 1e-6);
    }
  }

  private static double gateInf(double alpha, double beta) {
    return alpha / (alpha + beta);
  }

  /**
   * The resting potential of the manual's parameters, solved independently: the total ionic
   * current with every gate at its steady state vanishes. (With the manual's gL = 0.03, a tenth of
   * Hodgkin and Huxley's 0.3, rest is near -70.7 mV rather than -65.)
   */
  static double restingV() {
    double lo = -80;
    double hi = -60;
    for (int i = 0; i < 200; i++) {
      double v = 0.5 * (lo + hi);
      double m = gateInf(0.1 * (v + 40) / (1 - Math.exp(-(v + 40) / 10)),
          4 * Math.exp(-(v + 65) / 18));
      double h = gateInf(0.07 * Math.exp(-(v + 65) / 20), 1 / (1 + Math.exp(-(v + 35) / 10)));
      double n = gateInf(0.01 * (v + 55) / (1 - Math.exp(-(v + 55) / 10)),
          0.125 * Math.exp(-(v + 65) / 80));
      double ionic = 120 * m * m * m * h * (v - 50) + 36 * n * n * n * n * (v + 77)
          + 0.03 * (v + 54.387);
      if (ionic < 0) {
        lo = v; // inward net current: rest is more depolarized
      } else {
        hi = v;
      }
    }
    return 0.5 * (lo + hi);
  }

  private static double maxTraceError(Run run, List<double[]> reference) {
    double max = 0;
    for (int i = 0; i < reference.size(); i++) {
      max = Math.max(max, Math.abs(run.every01ms()[i][0] - reference.get(i)[1]));
    }
    return max;
  }

  @Test
  void manualDefaultsAndNoInputGiveOneSpikeFromTheHighInitialM() {
    HHGroup g = HHGroup.builder(1).build();
    assertEquals(0.5, g.m().get(0));
    List<Integer> spikes = new ArrayList<>();
    ModelTestSupport.run(g, g.input(), 0, 0.01, 10_000, k -> {
      if (g.spikeCount() > 0) {
        spikes.add(k);
      }
    });
    assertEquals(1, spikes.size(), "spikes at steps " + spikes);
    assertTrue(spikes.get(0) < 100);
    // from m = 0.05 instead: no spike; V settles at the resting state
    HHGroup rest = HHGroup.builder(1).m(0.05).build();
    int[] count = {0};
    ModelTestSupport.run(rest, rest.input(), 0, 0.02, 25_000, k -> count[0] += rest.spikeCount());
    assertEquals(0, count[0]);
    System.out.printf("HH rest %.6f mV (steady-state solve %.6f)%n", rest.V().get(0), restingV());
    assertEquals(restingV(), rest.V().get(0), 1e-6);
    assertEquals(rest.m().get(0), gateInf(0.1 * (restingV() + 40)
        / (1 - Math.exp(-(restingV() + 40) / 10)), 4 * Math.exp(-(restingV() + 65) / 18)), 1e-8);
  }
  /**
   * With Hodgkin and Huxley's leak ({@code gL = 0.3}; BrainPy's and the manual's default is
   * 0.03), started at rest, repetitive firing under a constant current begins between 6 and 7
   * uA/cm^2 (their classic threshold for repetitive firing, about 6.3), and at a rate far from 0:
   * the onset is class 2 (subcritical Hopf). Rates over [200, 1000) ms, rk4 at dt = 0.01.
   */
  @Test
  void repetitiveFiringStartsNearSixAndAHalfMicroampsAtAHighRate() {
    double[] currents = Firing.range(5.5, 7.5, 0.125);
    HHGroup g = HHGroup.builder(currents.length).gL(0.3).m(0.0529).h(0.5961).n(0.3177).build();
    org.brainj.runtime.monitor.SpikeRecord s = Firing.spikes(g, g.input(), currents, 0.01, 1000);
    double onset = Double.NaN;
    for (int i = 0; i < currents.length; i++) {
      double hz = Firing.rate(s, i, 200, 1000);
      System.out.printf("HH (gL 0.3) I=%.3f: %.2f Hz%n", currents[i], hz);
      if (hz > 0 && Double.isNaN(onset)) {
        onset = currents[i];
        assertTrue(hz > 40, "class 2: the rate jumps, " + hz + " Hz at onset");
      }
      if (!Double.isNaN(onset)) {
        assertTrue(hz > 40, "fires above onset: " + hz + " Hz at " + currents[i]);
      }
    }
    assertTrue(onset > 6 && onset < 7, "onset " + onset);
  }
}
