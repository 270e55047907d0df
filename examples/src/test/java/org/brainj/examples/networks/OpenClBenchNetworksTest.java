package org.brainj.examples.networks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.brainj.examples.bench.BenchNetwork;
import org.brainj.opencl.OpenClBackend;
import org.brainj.runtime.backend.Backend;
import org.brainj.runtime.group.ModelInfo.VarType;
import org.brainj.runtime.group.StateVar;
import org.brainj.runtime.net.Runner;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The benchmark networks of {@code brainj bench} on the OpenCL backend (PoCL in CI) against the
 * scalar one. Skipped with the reason where there is no OpenCL device; in CI (variable {@code CI}
 * set) a missing device fails instead, since CI installs PoCL.
 */
class OpenClBenchNetworksTest {

  @BeforeAll
  static void requireOpenCl() {
    String why = OpenClBackend.unavailableReason();
    if (why == null) {
      return;
    }
    if (System.getenv("CI") != null) {
      fail("CI is set, so the OpenCL tests must run, but there is no usable device: " + why);
    }
    Assumptions.abort("skipped: no usable OpenCL device (" + why + ")");
  }

  record Outcome(int[] spikeTotals, Map<String, double[]> state) {}

  private static Outcome run(String model, int n, double ms, Backend backend) {
    BenchNetwork net = BenchNetwork.build(model, n, 7);
    try (Runner runner = net.network().runner().dt(BenchNetwork.DT).backend(backend)) {
      runner.run(ms);
    }
    Map<String, double[]> state = new TreeMap<>();
    for (StateVar v : net.group().vars().values()) {
      if (v.type() == VarType.DOUBLE) {
        state.put(v.name(), v.toDoubleArray());
      }
    }
    return new Outcome(net.group().spikeTotals(), state);
  }

  /**
   * {@code coba} and {@code cuba} neurons use only {@code + - * /} and comparisons per neuron:
   * the device kernels must give the scalar bits, hence the same spikes, through 300 ms of
   * recurrent activity (synapses run on the host between the kernels).
   */
  @ParameterizedTest
  @ValueSource(strings = {"coba", "cuba"})
  void openClGivesTheScalarBits(String model) {
    Outcome scalar = run(model, 1001, 300, Backend.SCALAR);
    assertTrue(Arrays.stream(scalar.spikeTotals).sum() > 1000, model + " must spike");
    BenchNetwork probe = BenchNetwork.build(model, 11, 7);
    assertEquals(List.of(), OpenClBackend.hostSteps(probe.group()),
        model + ": every neuron step must run on the device");
    Outcome device = run(model, 1001, 300, Backend.named("opencl", Map.of()));
    assertArrayEquals(scalar.spikeTotals, device.spikeTotals, model + ": spikes per neuron");
    for (String var : scalar.state.keySet()) {
      double[] a = scalar.state.get(var);
      double[] b = device.state.get(var);
      for (int i = 0; i < a.length; i++) {
        assertEquals(Double.doubleToLongBits(a[i]), Double.doubleToLongBits(b[i]),
            model + "." + var + "[" + i + "]: " + a[i] + " vs " + b[i]);
      }
    }
  }
}
