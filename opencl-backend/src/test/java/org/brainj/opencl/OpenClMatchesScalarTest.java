package org.brainj.opencl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.brainj.models.AdExIFGroup;
import org.brainj.models.COBALIFGroup;
import org.brainj.models.ExpIFGroup;
import org.brainj.models.FHNGroup;
import org.brainj.models.FreqInputGroup;
import org.brainj.models.GIFGroup;
import org.brainj.models.HHGammaGroup;
import org.brainj.models.HHGroup;
import org.brainj.models.HindmarshRoseGroup;
import org.brainj.models.IzhikevichGroup;
import org.brainj.models.LIFGroup;
import org.brainj.models.LeakyIntegratorGroup;
import org.brainj.models.MorrisLecarGroup;
import org.brainj.models.PoissonGroup;
import org.brainj.models.QuaIFGroup;
import org.brainj.runtime.backend.Backend;
import org.brainj.runtime.group.ModelInfo.VarType;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.Parameter;
import org.brainj.runtime.group.StateVar;
import org.brainj.runtime.monitor.SpikeRecord;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The OpenCL backend against the scalar one, model by model: random inputs drive every neuron
 * through its branches (refractory, threshold, reset), the group size (101) is not a multiple of
 * the work-group size (64), and both shared and per-neuron parameters are read.
 *
 * <p>Kernels whose per-neuron arithmetic is {@code + - * /}, comparisons, {@code floor} and
 * branches must give the scalar loop's bits: OpenCL rounds these correctly in double, and the
 * kernels are built without contraction into fused multiply-adds or relaxed math. Kernels that
 * call {@code exp}, {@code expm1}, {@code tanh}, ... may differ in the last bits per call (OpenCL
 * allows 3 ulp for {@code exp}, Java's {@code Math.exp} 1 ulp), so those are compared over a
 * short horizon within a relative 1e-9, with identical spikes.
 */
class OpenClMatchesScalarTest {
  private static final int SIZE = 101;

  record Case(String name, IntFunction<NeuronGroup> make, double drive, double dt, int steps,
      boolean exact) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> cases() {
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("COBALIF", n -> COBALIFGroup.builder(n).build(), 25, 0.1, 1000, true));
    cases.add(new Case("LIF", n -> LIFGroup.builder(n).build(), 30, 0.1, 1000, true));
    cases.add(new Case("FHN", n -> FHNGroup.builder(n).build(), 1.5, 0.05, 2000, true));
    cases.add(new Case("HindmarshRose", n -> HindmarshRoseGroup.builder(n).build(), 4, 0.01,
        4000, true));
    cases.add(new Case("FreqInput", n -> FreqInputGroup.builder(n).build(), 0, 0.1, 2000, true));
    cases.add(new Case("LeakyIntegrator", n -> LeakyIntegratorGroup.builder(n).build(), 2, 0.1,
        2000, false));
    cases.add(new Case("ExpIF", n -> ExpIFGroup.builder(n).build(), 30, 0.05, 1000, false));
    cases.add(new Case("AdExIF", n -> AdExIFGroup.builder(n).build(), 30, 0.05, 1000, false));
    cases.add(new Case("QuaIF", n -> QuaIFGroup.builder(n).build(), 30, 0.05, 1000, false));
    cases.add(new Case("Izhikevich", n -> IzhikevichGroup.builder(n).build(), 20, 0.05, 1000,
        false));
    cases.add(new Case("GIF", n -> GIFGroup.builder(n).build(), 3, 0.05, 1000, false));
    cases.add(new Case("MorrisLecar", n -> MorrisLecarGroup.builder(n).build(), 150, 0.05, 1000,
        false));
    cases.add(new Case("HH", n -> HHGroup.builder(n).build(), 20, 0.01, 2000, false));
    cases.add(new Case("HHGamma", n -> HHGammaGroup.builder(n).build(), 4, 0.01, 2000, false));
    // rand() on the device: CounterRng's uniform bits, so the scalar backend's spikes exactly
    cases.add(new Case("Poisson", n -> PoissonGroup.builder(n).freq(200).build(), 0, 0.1, 2000,
        true));
    List<Arguments> out = new ArrayList<>();
    for (Case c : cases) {
      out.add(Arguments.of(c, false));
      out.add(Arguments.of(c, true));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}, per-neuron parameter {1}")
  @MethodSource("cases")
  void openClGivesTheScalarResults(Case c, boolean perNeuron) {
    OpenClTestDevice.require();
    NeuronGroup probe = c.make.apply(SIZE);
    assertEquals(List.of(), OpenClBackend.hostSteps(probe), c.name + " has steps on the host");
    Outcome scalar = run(c, perNeuron, Backend.SCALAR);
    assertTrue(scalar.spikeCount > 0 || c.name.equals("LeakyIntegrator"),
        "the input must make " + c.name + " spike, or the test checks too little");
    Outcome device = run(c, perNeuron, OpenClBackend.defaultDevice());
    assertArrayEquals(scalar.spikeTimes, device.spikeTimes, c.name + ": spike times");
    assertArrayEquals(scalar.spikeIndices, device.spikeIndices, c.name + ": spike indices");
    for (String var : scalar.state.keySet()) {
      double[] s = scalar.state.get(var);
      double[] d = device.state.get(var);
      for (int i = 0; i < s.length; i++) {
        if (c.exact) {
          assertEquals(Double.doubleToLongBits(s[i]), Double.doubleToLongBits(d[i]),
              c.name + "." + var + "[" + i + "]: " + s[i] + " vs " + d[i]);
        } else {
          assertEquals(s[i], d[i], 1e-9 * Math.max(1, Math.abs(s[i])),
              c.name + "." + var + "[" + i + "]");
        }
      }
    }
  }

  record Outcome(Map<String, double[]> state, double[] spikeTimes, int[] spikeIndices,
      int spikeCount) {}

  private static Outcome run(Case c, boolean perNeuron, Backend backend) {
    NeuronGroup g = c.make.apply(SIZE);
    if (perNeuron) {
      // every parameter varies by up to 0.1 % across neurons: the kernels read stride-1 values
      for (Parameter p : g.params().values()) {
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
    if (g.vars().containsKey("input")) {
      runner.input(g.var("input"), (t, i) -> drive * noise(t, i));
    }
    if (g.hasSpikes()) {
      runner.monitorSpikes(g);
    }
    RunResult r = runner.run(c.steps * c.dt);
    Map<String, double[]> state = new TreeMap<>();
    for (StateVar v : g.vars().values()) {
      if (v.type() == VarType.DOUBLE) {
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
