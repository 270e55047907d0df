package org.brainj.examples.networks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.brainj.examples.bench.BenchNetwork;
import org.brainj.models.synapses.ExpCOBASynapses;
import org.brainj.models.synapses.ExpCOBASynapsesVector;
import org.brainj.models.synapses.ExpCOBASynapsesVectorFloat;
import org.brainj.runtime.backend.Backend;
import org.brainj.runtime.backend.SynapseKernel;
import org.brainj.runtime.group.ModelInfo.VarType;
import org.brainj.runtime.group.Precision;
import org.brainj.runtime.group.StateVar;
import org.brainj.runtime.net.Runner;
import org.brainj.vector.VectorBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The benchmark networks of {@code brainj bench} on the vector backend against the scalar one,
 * and the {@code coba} 4000 rates against Brian2's seed spread.
 */
class BenchNetworksTest {

  record Outcome(int[] spikeTotals, Map<String, double[]> state) {}

  private static Outcome run(String model, int n, double ms, Backend backend) {
    return run(model, n, ms, backend, Precision.DOUBLE);
  }

  private static Outcome run(String model, int n, double ms, Backend backend,
      Precision precision) {
    BenchNetwork net = BenchNetwork.build(model, n, 7, precision);
    try (Runner runner = net.network().runner().dt(BenchNetwork.DT).backend(backend)) {
      runner.run(ms);
    }
    Map<String, double[]> state = new TreeMap<>();
    for (StateVar v : net.group().vars().values()) {
      if (v.type() == VarType.DOUBLE || v.type() == VarType.FLOAT) {
        state.put(v.name(), v.toDoubleArray());
      }
    }
    return new Outcome(net.group().spikeTotals(), state);
  }

  /**
   * {@code coba} and {@code cuba} use no transcendental function of the state per neuron: the
   * vector kernels and the spike delivery split over 2 or 3 threads must give the scalar bits, in
   * double precision and in float (FloatVector kernels against the scalar float loops).
   */
  @ParameterizedTest
  @CsvSource({"coba, DOUBLE", "cuba, DOUBLE", "coba, FLOAT", "cuba, FLOAT"})
  void vectorBackendGivesTheScalarBitsForAnyThreadCount(String model, Precision precision) {
    Outcome scalar = run(model, 1001, 300, Backend.SCALAR, precision);
    assertTrue(Arrays.stream(scalar.spikeTotals).sum() > 1000, model + " must spike");
    for (int threads = 1; threads <= 3; threads++) {
      Outcome vector = run(model, 1001, 300, VectorBackend.threads(threads).parallelThreshold(0),
          precision);
      assertArrayEquals(scalar.spikeTotals, vector.spikeTotals,
          model + ": spikes per neuron, " + threads + " thread(s)");
      for (String var : scalar.state.keySet()) {
        double[] a = scalar.state.get(var);
        double[] b = vector.state.get(var);
        for (int i = 0; i < a.length; i++) {
          assertEquals(Double.doubleToLongBits(a[i]), Double.doubleToLongBits(b[i]),
              model + "." + var + "[" + i + "], " + threads + " thread(s): " + a[i] + " vs "
                  + b[i]);
        }
      }
    }
  }

  /**
   * {@code cobahh} calls {@code exp} per neuron: the vector {@code exp} may differ from
   * {@code Math.exp} in the last bit (and, before the JIT has compiled a kernel, from itself: see
   * docs/vector-backend.md), and a recurrent network amplifies such differences. So state is
   * compared over a short horizon (20 ms, before a last-bit difference can grow beyond 1e-6 mV:
   * HH's fastest divergence grows about tenfold per ms only near a spike), with the same spikes,
   * for 1 and 2 threads; over a longer run, the spike counts of both thread counts must agree
   * with the scalar backend's within 5 %.
   */
  @Test
  void cobahhVectorAgreesWithScalarBeforeChaosAndInStatisticsAfter() {
    Outcome scalar = run("cobahh", 1001, 20, Backend.SCALAR);
    assertTrue(Arrays.stream(scalar.spikeTotals).sum() > 100, "cobahh must spike in 20 ms");
    for (int threads = 1; threads <= 2; threads++) {
      Outcome vector = run("cobahh", 1001, 20,
          VectorBackend.threads(threads).parallelThreshold(0));
      assertArrayEquals(scalar.spikeTotals, vector.spikeTotals,
          "cobahh spikes over 20 ms, " + threads + " thread(s)");
      double[] v0 = scalar.state.get("v");
      double[] v1 = vector.state.get("v");
      for (int i = 0; i < v0.length; i++) {
        assertEquals(v0[i], v1[i], 1e-6, "cobahh v[" + i + "] after 20 ms, " + threads
            + " thread(s)");
      }
    }
    double rs = Arrays.stream(run("cobahh", 1001, 300, Backend.SCALAR).spikeTotals).sum();
    for (int threads = 1; threads <= 2; threads++) {
      double rv = Arrays.stream(run("cobahh", 1001, 300,
          VectorBackend.threads(threads).parallelThreshold(0)).spikeTotals).sum();
      assertEquals(rs, rv, 0.05 * rs, "cobahh spike count over 300 ms, scalar vs vector with "
          + threads + " thread(s)");
    }
  }

  /**
   * The main job's network (BrainPy's form: COBA LIF neurons and ExpCOBA synapses with their own
   * conductances) on the vector backend gives the scalar bits, with the synapses' state per
   * postsynaptic neuron (their decay and output run as Vector API loops) and per synapse, in
   * double and in float precision.
   */
  @ParameterizedTest
  @CsvSource({"PER_POST, DOUBLE", "PER_SYNAPSE, DOUBLE", "PER_POST, FLOAT", "PER_SYNAPSE, FLOAT"})
  void brainPyFormCobaOnTheVectorBackendGivesTheScalarBits(String layout, Precision precision) {
    double[][] reference = null;
    for (int threads = 0; threads <= 3; threads++) {
      Coba coba = Coba.build(1001, 3, Coba.Layout.valueOf(layout), precision);
      Backend backend = threads == 0 ? Backend.SCALAR
          : VectorBackend.threads(threads).parallelThreshold(0);
      try (Runner r = coba.runner().backend(backend)) {
        r.run(200);
      }
      double[][] state = {coba.E().V().toDoubleArray(), coba.I().V().toDoubleArray(),
          coba.projections().get(0).var("g").toDoubleArray(),
          coba.projections().get(3).var("g").toDoubleArray(),
          Arrays.stream(coba.E().spikeTotals()).asDoubleStream().toArray()};
      if (threads == 1) {
        // the synapses' own dynamics and output have vector loops: they are what runs here
        var synapses = (ExpCOBASynapses) coba.projections().get(0);
        SynapseKernel kernel = precision == Precision.FLOAT
            ? new ExpCOBASynapsesVectorFloat(synapses) : new ExpCOBASynapsesVector(synapses);
        assertEquals("", kernel.vectorized(false));
        assertEquals("", kernel.vectorized(true));
      }
      if (reference == null) {
        reference = state;
        assertTrue(Arrays.stream(state[4]).sum() > 100, "the network must spike");
        continue;
      }
      for (int k = 0; k < state.length; k++) {
        assertArrayEquals(reference[k], state[k], layout + ", array " + k + ", " + threads
            + " thread(s)");
      }
    }
  }

  /** BENCHMARKS.md's correctness target, on the vector backend: see {@link CobaRatesTest}. */
  @Test
  void coba4000RatesOnTheVectorBackendLieWithinTheBrian2SeedSpread() throws IOException {
    long[] seeds = {1, 2, 3, 4, 5};
    double[] rateE = new double[seeds.length];
    double[] rateI = new double[seeds.length];
    for (int k = 0; k < seeds.length; k++) {
      BenchNetwork net = BenchNetwork.build("coba", 4000, seeds[k]);
      try (Runner runner = net.network().runner().dt(BenchNetwork.DT)
          .backend(VectorBackend.threads(1))) {
        runner.run(1000);
      }
      int[] totals = net.group().spikeTotals();
      long e = 0;
      long i = 0;
      for (int j = 0; j < totals.length; j++) {
        if (j < net.excitatory()) {
          e += totals[j];
        } else {
          i += totals[j];
        }
      }
      rateE[k] = e / (double) net.excitatory();
      rateI[k] = i / (double) (4000 - net.excitatory());
    }
    System.out.printf(Locale.ROOT, "bench coba 4000 (vector), seeds %s: E %s Hz, I %s Hz%n",
        Arrays.toString(seeds), Arrays.toString(rateE), Arrays.toString(rateI));
    CobaRatesTest.check("E", rateE, CobaRatesTest.reference("rate_E_Hz"));
    CobaRatesTest.check("I", rateI, CobaRatesTest.reference("rate_I_Hz"));
  }
}
