package org.brainj.opencl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.brainj.runtime.backend.Backend;
import org.brainj.runtime.monitor.SpikeRecord;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.brainj.runtime.net.Runner;
import org.junit.jupiter.api.Test;

/**
 * The sync protocol between the device copies and the host arrays ({@link GroupOnDevice}): with
 * the state resident on the device, every host entry must still see, and every later kernel
 * must still use, what the scalar backend has at that point. {@link SyncProbe} mixes kernels, a
 * host step between them, an {@code @Every} kernel, an input, a trace of a kernel-written
 * variable and spikes; between two runs the host changes a variable and a parameter.
 */
class OpenClSyncTest {
  private static final int SIZE = 70;

  record Outcome(List<double[][]> traces, List<double[]> spikeTimes, List<int[]> spikeIndices,
      double[] v, int[] ticks) {}

  private static Outcome run(Backend backend) {
    SyncProbeGroup g = SyncProbeGroup.builder(SIZE).seed(3).build();
    List<double[][]> traces = new ArrayList<>();
    List<double[]> times = new ArrayList<>();
    List<int[]> indices = new ArrayList<>();
    try (Runner runner = Network.of(g).runner().dt(0.1).backend(backend)
        .input(g.var("input"), (t, i) -> 0.05 * (i % 7))
        .monitor(g.var("V"))
        .monitorSpikes(g)) {
      for (int r = 0; r < 2; r++) {
        RunResult res = runner.run(20.0);
        traces.add(res.trace(g.var("V")).values());
        SpikeRecord s = res.spikes(g);
        times.add(s.times());
        indices.add(s.indices());
        // between runs the host changes the state and a parameter: the device must follow
        double[] v = (double[]) g.var("V").array();
        v[5] = 0.75;
        g.param("tau").set(7.5);
      }
    }
    return new Outcome(traces, times, indices, ((double[]) g.var("V").array()).clone(),
        ((int[]) g.var("ticks").array()).clone());
  }

  @Test
  void hostEntriesAndLaterRunsSeeTheScalarBackendsState() {
    OpenClTestDevice.require();
    assertEquals(List.of("count: assignment target is int (only double and boolean per-neuron"
        + " values run on OpenCL yet)"), OpenClBackend.hostSteps(SyncProbeGroup.builder(1)
        .build()), "drive and slow must run on the device, count on the host");
    Outcome scalar = run(Backend.SCALAR);
    Outcome device = run(OpenClBackend.defaultDevice());
    assertTrue(scalar.spikeTimes.get(0).length > 50, "the probe must spike");
    assertArrayEquals(scalar.ticks, device.ticks, "the host step ran every step");
    for (int r = 0; r < 2; r++) {
      assertArrayEquals(scalar.spikeTimes.get(r), device.spikeTimes.get(r), "spike times, run " + r);
      assertArrayEquals(scalar.spikeIndices.get(r), device.spikeIndices.get(r),
          "spike indices, run " + r);
      double[][] a = scalar.traces.get(r);
      double[][] b = device.traces.get(r);
      assertEquals(a.length, b.length);
      for (int k = 0; k < a.length; k++) {
        for (int i = 0; i < a[k].length; i++) {
          assertEquals(Double.doubleToLongBits(a[k][i]), Double.doubleToLongBits(b[k][i]),
              "V trace, run " + r + ", sample " + k + ", neuron " + i + ": " + a[k][i] + " vs "
                  + b[k][i]);
        }
      }
    }
    for (int i = 0; i < SIZE; i++) {
      assertEquals(Double.doubleToLongBits(scalar.v[i]), Double.doubleToLongBits(device.v[i]),
          "final V[" + i + "]");
    }
  }
}
