package org.brainj.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.brainj.runtime.connect.Connectivity;
import org.brainj.runtime.group.SynapseIndex;
import org.brainj.runtime.monitor.Indices;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.brainj.runtime.net.Runner;
import org.brainj.runtime.testmodels.ProbeGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export of a tiny run whose every value is known: 2 probe neurons, dt = 0.5 ms, 4 steps (t = 0,
 * 0.5, 1, 1.5). Input {@code x += 0.25 (i + 1)} each step, so after step k {@code x_i = 0.25 (i
 * + 1)(k + 1)}; {@code n} counts the updates (k + 1); neuron i spikes when the step is a multiple
 * of i + 2: both at step 0, neuron 0 at step 2, neuron 1 at step 3.
 */
class ExportTest {
  @TempDir Path dir;

  private static Runner tiny() {
    Network net = Network.create();
    ProbeGroup p = net.add(ProbeGroup.builder(2).name("P").build());
    return net.runner().dt(0.5)
        .input(p.x(), (t, i) -> 0.25 * (i + 1))
        .monitor(p.x(), Indices.of(1, 0))
        .monitor(p.n())
        .monitor(p.n(), 1.0)
        .monitor(p.spike())
        .monitorSpikes(p);
  }

  @Test
  void traceCsvIsExact() throws Exception {
    RunResult r = tiny().run(2.0);
    Path f = Export.csv(dir.resolve("sub/x.csv"), r.trace("P.x"));
    assertEquals("t,x_1,x_0\n"
        + "0.0,0.5,0.25\n"
        + "0.5,1.0,0.5\n"
        + "1.0,1.5,0.75\n"
        + "1.5,2.0,1.0\n", Files.readString(f));
    assertEquals("t,n_0,n_1\n"
        + "0.0,1.0,1.0\n"
        + "1.0,3.0,3.0\n", Files.readString(Export.csv(dir.resolve("n.csv"), r.traces().get(2))));
  }

  @Test
  void spikeCsvIsExact() throws Exception {
    RunResult r = tiny().run(2.0);
    assertEquals("t,index\n"
        + "0.0,0\n"
        + "0.0,1\n"
        + "1.0,0\n"
        + "1.5,1\n", Files.readString(Export.csv(dir.resolve("s.csv"), r.spikes("P"))));
  }

  @Test
  void traceNpyAndNpz() {
    RunResult r = tiny().run(2.0);
    NpyArray x = Npy.read(Export.npy(dir.resolve("x.npy"), r.trace("P.x")));
    assertEquals(NpyArray.of(new double[] {0.5, 0.25, 1.0, 0.5, 1.5, 0.75, 2.0, 1.0}, 4, 2), x);
    Map<String, NpyArray> z = Npz.read(Export.npz(dir.resolve("x.npz"), r.trace("P.x")));
    assertEquals(List.of("ts", "x", "indices"), List.copyOf(z.keySet()));
    assertEquals(NpyArray.of(new double[] {0, 0.5, 1.0, 1.5}), z.get("ts"));
    assertEquals(x, z.get("x"));
    assertEquals(NpyArray.of(new int[] {1, 0}), z.get("indices"));
  }

  @Test
  void spikeNpz() {
    RunResult r = tiny().run(2.0);
    Map<String, NpyArray> z = Npz.read(Export.npz(dir.resolve("s.npz"), r.spikes("P")));
    assertEquals(List.of("times", "indices", "ts"), List.copyOf(z.keySet()));
    assertEquals(NpyArray.of(new double[] {0, 0, 1.0, 1.5}), z.get("times"));
    assertEquals(NpyArray.of(new int[] {0, 1, 0, 1}), z.get("indices"));
    assertEquals(NpyArray.of(new double[] {0, 0.5, 1.0, 1.5}), z.get("ts"));
  }

  @Test
  void aWholeRunUnderBrainPyMonitorNames() {
    RunResult r = tiny().run(2.0);
    Map<String, NpyArray> z = Npz.read(Export.npz(dir.resolve("run.npz"), r));
    assertEquals(List.of("ts", "dt",
        "P.x", "P.x_t", "P.x_indices",
        "P.n", "P.n_t", "P.n_indices",
        "P.n#2", "P.n#2_t", "P.n#2_indices",
        "P.spike#2", "P.spike#2_t", "P.spike#2_indices", // the spike record owns "P.spike"
        "P.spike", "P.spike_times", "P.spike_indices"), List.copyOf(z.keySet()));
    assertEquals(NpyArray.of(new double[] {0, 0.5, 1.0, 1.5}), z.get("ts"));
    assertEquals(NpyArray.scalar(0.5), z.get("dt"));
    assertEquals(NpyArray.of(new double[] {1, 1, 2, 2, 3, 3, 4, 4}, 4, 2), z.get("P.n"));
    assertEquals(NpyArray.of(new double[] {1, 1, 3, 3}, 2, 2), z.get("P.n#2"));
    assertEquals(NpyArray.of(new double[] {0, 1.0}), z.get("P.n#2_t"));
    assertEquals(NpyArray.of(new int[] {0, 1}), z.get("P.n_indices"));
    // BrainPy's dense mon.spike: (steps, neurons) booleans, equal to the recorded spike variable
    NpyArray dense = z.get("P.spike");
    assertEquals(NpyArray.of(new boolean[] {true, true, false, false, true, false, false, true},
        4, 2), dense);
    assertArrayEquals(z.get("P.spike#2").doubles(), dense.toDoubles());
    assertEquals(NpyArray.of(new double[] {0, 0, 1.0, 1.5}), z.get("P.spike_times"));
    assertEquals(NpyArray.of(new int[] {0, 1, 0, 1}), z.get("P.spike_indices"));
  }

  @Test
  void streamedRecordsAreNotExportedAgain() {
    RunResult r = tiny().streamTo(dir.resolve("stream")).run(2.0);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Export.npz(dir.resolve("run.npz"), r));
    assertTrue(e.getMessage().contains("the spikes of 'P'")
        && e.getMessage().contains(dir.resolve("stream/P.spike_times.npy").toString()),
        e.getMessage());
    e = assertThrows(IllegalStateException.class, () -> Export.csv(dir.resolve("x.csv"),
        r.trace("P.x")));
    assertTrue(e.getMessage().contains("trace 'P.x'")
        && e.getMessage().contains(dir.resolve("stream/P.x.npy").toString()), e.getMessage());
    assertTrue(Files.notExists(dir.resolve("run.npz")) && Files.notExists(dir.resolve("x.csv")));
  }

  @Test
  void connectivityAsCsrPairsAndEdgeList() throws Exception {
    // given unsorted; stored by presynaptic, then postsynaptic neuron
    Connectivity c = Connectivity.fromIds(3, 4, new int[] {2, 0, 0}, new int[] {0, 3, 1},
        new double[] {2.0, -1.0, 0.5});
    Map<String, NpyArray> z = Npz.read(Export.npz(dir.resolve("c.npz"), c));
    assertEquals(List.of("indptr", "indices", "pre", "post", "shape", "weights"),
        List.copyOf(z.keySet()));
    assertEquals(NpyArray.of(new int[] {0, 2, 2, 3}), z.get("indptr"));
    assertEquals(NpyArray.of(new int[] {1, 3, 0}), z.get("indices"));
    assertEquals(NpyArray.of(new int[] {0, 0, 2}), z.get("pre"));
    assertEquals(NpyArray.of(new int[] {1, 3, 0}), z.get("post"));
    assertEquals(NpyArray.of(new long[] {3, 4}), z.get("shape"));
    assertEquals(NpyArray.of(new double[] {0.5, -1.0, 2.0}), z.get("weights"));
    assertEquals("pre,post,weight\n0,1,0.5\n0,3,-1.0\n2,0,2.0\n",
        Files.readString(Export.csv(dir.resolve("c.csv"), c)));
    assertEquals("pre,post\n0,1\n",
        Files.readString(Export.csv(dir.resolve("d.csv"),
            Connectivity.fromIds(2, 2, new int[] {0}, new int[] {1}))));
  }

  @Test
  void aSynapseGroupsIndexWithAndWithoutWeights() throws Exception {
    SynapseIndex index = new SynapseIndex(3, 4, new int[] {0, 2, 2, 3}, new int[] {3, 1, 0});
    Map<String, NpyArray> z = Npz.read(Export.npz(dir.resolve("i.npz"), index));
    assertEquals(List.of("indptr", "indices", "pre", "post", "shape"), List.copyOf(z.keySet()));
    assertEquals(NpyArray.of(new int[] {0, 0, 2}), z.get("pre"));
    assertEquals(NpyArray.of(new int[] {3, 1, 0}), z.get("post"));
    z = Npz.read(Export.npz(dir.resolve("w.npz"), index, new double[] {0.25, 0.75, 1}));
    assertEquals(NpyArray.of(new double[] {0.25, 0.75, 1}), z.get("weights"));
    assertEquals("pre,post,weight\n0,3,0.25\n0,1,0.75\n2,0,1.0\n", Files.readString(
        Export.csv(dir.resolve("w.csv"), index, new double[] {0.25, 0.75, 1})));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Export.npz(dir.resolve("bad.npz"), index, new double[2]));
    assertTrue(e.getMessage().contains("2 values for 3 synapses"), e.getMessage());
  }
}
