package org.brainj.vector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.brainj.models.AdExIFGroup;
import org.brainj.models.AdQuaIFGroup;
import org.brainj.models.COBALIFGroup;
import org.brainj.models.GIFGroup;
import org.brainj.models.IzhikevichGroup;
import org.brainj.models.MorrisLecarGroup;
import org.brainj.models.PinskyRinzelGroup;
import org.brainj.models.QuaIFGroup;
import org.brainj.models.WilsonCowanGroup;
import org.brainj.models.ExpIFGroup;
import org.brainj.models.FHNGroup;
import org.brainj.models.FreqInputGroup;
import org.brainj.models.PoissonGroup;
import org.brainj.models.HHGammaGroup;
import org.brainj.models.HHGroup;
import org.brainj.models.HindmarshRoseGroup;
import org.brainj.models.LIFGroup;
import org.brainj.models.LeakyIntegratorGroup;
import org.brainj.runtime.backend.Backend;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.Parameter;
import org.brainj.runtime.group.Precision;
import org.brainj.runtime.group.StateVar;
import org.brainj.runtime.group.ModelInfo.Role;
import org.brainj.runtime.group.ModelInfo.VarType;
import org.brainj.runtime.monitor.SpikeRecord;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The vector backend against the scalar one, model by model: random inputs drive every neuron
 * through its branches (refractory, threshold, reset), group sizes leave a scalar tail, and both
 * the shared-parameter and the per-neuron-parameter loops run.
 *
 * <p>Models whose per-neuron arithmetic has no transcendental function of a state variable must
 * give the same bits; the others ({@code exp} of the membrane potential) may differ in the last
 * bit per {@code exp}, so they are compared over a short horizon within a tolerance, with
 * identical spikes.
 *
 * <p>Every case runs in both precisions: a float group's {@code FloatVector} kernels against its
 * scalar float loop.
 */
class VectorMatchesScalarTest {
  private static final int SIZE = 37; // not a multiple of any lane count: exercises the tail
  /** Relative: float's ulp is 6e-8, and the horizons let a last-bit difference grow ~1000x. */
  private static final double FLOAT_TOLERANCE = 1e-4;

  record Case(String name, BiFunction<Integer, Precision, NeuronGroup> make, double drive,
      double dt, int steps, boolean exact) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> cases() {
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("COBALIF", (n, p) -> COBALIFGroup.builder(n).precision(p).build(), 25, 0.1, 1000, true));
    cases.add(new Case("LIF", (n, p) -> LIFGroup.builder(n).precision(p).build(), 30, 0.1, 1000, true));
    cases.add(new Case("FHN", (n, p) -> FHNGroup.builder(n).precision(p).build(), 1.5, 0.05, 2000, true));
    cases.add(new Case("HindmarshRose", (n, p) -> HindmarshRoseGroup.builder(n).precision(p).build(), 4, 0.01,
        4000, true));
    cases.add(new Case("LeakyIntegrator", (n, p) -> LeakyIntegratorGroup.builder(n).precision(p).build(), 2, 0.1,
        2000, false));
    cases.add(new Case("ExpIF", (n, p) -> ExpIFGroup.builder(n).precision(p).build(), 30, 0.05, 1000, false));
    cases.add(new Case("HH", (n, p) -> HHGroup.builder(n).precision(p).build(), 20, 0.01, 2000, false));
    cases.add(new Case("HHGamma", (n, p) -> HHGammaGroup.builder(n).precision(p).build(), 4, 0.01, 2000, false));
    // the model library (exponential Euler: exp of the state, so a tolerance)
    cases.add(new Case("AdExIF", (n, p) -> AdExIFGroup.builder(n).precision(p).build(), 30, 0.05, 2000, false));
    cases.add(new Case("QuaIF", (n, p) -> QuaIFGroup.builder(n).precision(p).build(), 20, 0.05, 2000, false));
    cases.add(new Case("AdQuaIF", (n, p) -> AdQuaIFGroup.builder(n).precision(p).build(), 30, 0.05, 2000, false));
    cases.add(new Case("GIF", (n, p) -> GIFGroup.builder(n).precision(p).build(), 4, 0.05, 2000, false));
    cases.add(new Case("Izhikevich", (n, p) -> IzhikevichGroup.builder(n).precision(p).build(), 20, 0.05, 2000,
        false));
    cases.add(new Case("MorrisLecar", (n, p) -> MorrisLecarGroup.builder(n).precision(p).build(), 120, 0.05, 2000,
        false));
    // bursts amplify a last-bit difference fast: compared over 30 ms
    cases.add(new Case("PinskyRinzel", (n, p) -> PinskyRinzelGroup.builder(n).precision(p).build(), 2, 0.05, 600,
        false));
    cases.add(new Case("WilsonCowan", (n, p) -> WilsonCowanGroup.builder(n).precision(p).build(), 2, 0.05, 2000,
        false));
    // random draws: the kernels must draw the scalar loop's counter-based numbers; FreqInput's
    // step is not vectorized (Math.floor) and must run its scalar loop inside the backend
    cases.add(new Case("Poisson", (n, p) -> PoissonGroup.builder(n).precision(p).freq(200).build(), 0, 0.1, 2000,
        true));
    cases.add(new Case("FreqInput", (n, p) -> FreqInputGroup.builder(n).precision(p).build(), 0, 0.1, 2000, true));
    List<Arguments> out = new ArrayList<>();
    for (Precision precision : Precision.values()) {
      for (Case c : cases) {
        out.add(Arguments.of(c, false, precision));
        out.add(Arguments.of(c, true, precision));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}, per-neuron parameter {1}, {2}")
  @MethodSource("cases")
  void vectorGivesTheScalarResults(Case c, boolean perNeuron, Precision precision) {
    NeuronGroup probe = c.make.apply(SIZE, precision);
    var kernel = Kernels.of(probe);
    assertTrue(kernel != null, c.name + " has no generated vector kernels");
    for (int k = 0; k < probe.stepNames().size(); k++) {
      if (c.name.equals("FreqInput")) {
        // Math.floor has no lane-wise operator on JDK 17: the step runs its scalar loop
        assertEquals("Math.floor has no lane-wise operator", kernel.vectorized(k));
      } else {
        assertEquals("", kernel.vectorized(k), c.name + " step " + k + " is not vectorized");
      }
    }
    Outcome scalar = run(c, perNeuron, precision, Backend.SCALAR);
    assertTrue(scalar.spikeCount > 0 || !probe.hasSpikes(),
        "the input must make " + c.name + " spike, or the test checks too little");
    for (int threads = 1; threads <= 3; threads++) {
      Outcome vector = run(c, perNeuron, precision,
          VectorBackend.threads(threads).parallelThreshold(0));
      assertArrayEquals(scalar.spikeTimes, vector.spikeTimes,
          c.name + ": spike times, " + threads + " thread(s)");
      assertArrayEquals(scalar.spikeIndices, vector.spikeIndices,
          c.name + ": spike indices, " + threads + " thread(s)");
      for (String var : scalar.state.keySet()) {
        double[] s = scalar.state.get(var);
        double[] v = vector.state.get(var);
        for (int i = 0; i < s.length; i++) {
          if (c.exact) {
            assertEquals(Double.doubleToLongBits(s[i]), Double.doubleToLongBits(v[i]),
                c.name + "." + var + "[" + i + "]: " + s[i] + " vs " + v[i] + ", " + threads
                    + " thread(s)");
          } else {
            // the lane-wise exp may differ from Math.exp in the last bit (of a double, or of a
            // float in single precision), amplified over the horizon
            double tolerance = precision == Precision.FLOAT ? FLOAT_TOLERANCE : 1e-9;
            assertEquals(s[i], v[i], tolerance * Math.max(1, Math.abs(s[i])),
                c.name + "." + var + "[" + i + "], " + threads + " thread(s)");
          }
        }
      }
    }
  }

  record Outcome(Map<String, double[]> state, double[] spikeTimes, int[] spikeIndices,
      int spikeCount) {}

  private static Outcome run(Case c, boolean perNeuron, Precision precision, Backend backend) {
    NeuronGroup g = c.make.apply(SIZE, precision);
    if (perNeuron) {
      // every other parameter varies by up to 0.1 % across neurons: the per-neuron loop runs,
      // with per-neuron values and expanded shared ones side by side
      int k = 0;
      for (Parameter p : g.params().values()) {
        if (k++ % 2 == 1) {
          continue;
        }
        double[] v = new double[SIZE];
        for (int i = 0; i < SIZE; i++) {
          v[i] = p.get(0) * (1 + 1e-3 * i / SIZE);
        }
        p.set(v);
      }
    }
    Network net = Network.of(g);
    double drive = c.drive;
    var runner = net.runner().dt(c.dt).backend(backend);
    for (StateVar v : g.vars().values()) {
      if (v.role() == Role.INPUT) {
        runner.input(v, (t, i) -> drive * noise(t, i));
      }
    }
    if (g.hasSpikes()) {
      runner.monitorSpikes(g);
    }
    RunResult r = runner.run(c.steps * c.dt);
    Map<String, double[]> state = new TreeMap<>();
    for (StateVar v : g.vars().values()) {
      if (v.type() == VarType.DOUBLE || v.type() == VarType.FLOAT) {
        state.put(v.name(), v.toDoubleArray());
      }
    }
    if (!g.hasSpikes()) {
      return new Outcome(state, new double[0], new int[0], 0);
    }
    SpikeRecord s = r.spikes(g);
    return new Outcome(state, s.times(), s.indices(), s.count());
  }

  /** A deterministic value in [0, 2) from the time and the neuron: varied, reproducible input. */
  private static double noise(double t, int i) {
    long h = Double.doubleToLongBits(t) * 0x9E3779B97F4A7C15L + i * 0xC2B2AE3D27D4EB4FL;
    h ^= h >>> 31;
    h *= 0xBF58476D1CE4E5B9L;
    h ^= h >>> 29;
    return 2.0 * (h >>> 11) / (double) (1L << 53);
  }
}
