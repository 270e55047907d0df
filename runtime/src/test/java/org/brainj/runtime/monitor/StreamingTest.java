package org.brainj.runtime.monitor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brainj.runtime.backend.SimulationException;
import org.brainj.runtime.init.Init;
import org.brainj.runtime.io.Npy;
import org.brainj.runtime.io.NpyArray;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.brainj.runtime.net.Runner;
import org.brainj.runtime.testmodels.LifGroup;
import org.brainj.runtime.testmodels.ProbeGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code runner.streamTo(dir)}: the files hold exactly, bit for bit, what in-memory monitoring of
 * the same runs records, concatenated over continued runs and started over after a reset.
 */
class StreamingTest {
  @TempDir Path dir;

  /** A noisy, spiking group and a runner with four kinds of monitors, built identically. */
  private static Runner twin() {
    Network net = Network.create();
    LifGroup e = net.add(LifGroup.builder(6).name("E").sigma(2.0).seed(7)
        .V(Init.uniform(-60, -50)).build());
    return net.runner().dt(0.1)
        .input(e.input(), 14.0)
        .monitor(e.V())                             // E.V
        .monitor(e.V(), Indices.of(3, 1), 0.5)      // E.V#2: every 5th step
        .monitor(e.spike(), Indices.of(0, 2))       // E.spike#2: E.spike is the spike record's
        .monitorSpikes(e);
  }

  private static LifGroup group(Runner r) {
    return (LifGroup) r.network().group("E");
  }

  private static long[] bits(double[] a) {
    long[] b = new long[a.length];
    for (int k = 0; k < a.length; k++) {
      b[k] = Double.doubleToRawLongBits(a[k]);
    }
    return b;
  }

  /** The rows of the {@code k}-th trace of each result, concatenated, flat. */
  private static double[] rows(List<RunResult> results, int k) {
    List<Double> out = new ArrayList<>();
    for (RunResult r : results) {
      for (double[] row : r.traces().get(k).values()) {
        for (double v : row) {
          out.add(v);
        }
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double[] ts(List<RunResult> results, int k) {
    List<Double> out = new ArrayList<>();
    for (RunResult r : results) {
      for (double t : r.traces().get(k).ts()) {
        out.add(t);
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private void assertFilesEqualMemory(List<RunResult> memory) {
    String[] names = {"E.V", "E.V#2", "E.spike#2"};
    for (int k = 0; k < names.length; k++) {
      NpyArray values = Npy.read(dir.resolve(names[k] + ".npy"));
      Trace first = memory.get(0).traces().get(k);
      int rows = 0;
      for (RunResult r : memory) {
        rows += r.traces().get(k).rows();
      }
      assertArrayEquals(new int[] {rows, first.columns()}, values.shape(), names[k]);
      assertArrayEquals(bits(rows(memory, k)), bits(values.doubles()), names[k]);
      assertArrayEquals(bits(ts(memory, k)),
          bits(Npy.read(dir.resolve(names[k] + "_t.npy")).doubles()), names[k] + "_t");
      assertArrayEquals(first.indices(),
          Npy.read(dir.resolve(names[k] + "_indices.npy")).ints(), names[k] + "_indices");
    }
    List<Double> times = new ArrayList<>();
    List<Integer> who = new ArrayList<>();
    for (RunResult r : memory) {
      for (double t : r.spikes("E").times()) {
        times.add(t);
      }
      for (int i : r.spikes("E").indices()) {
        who.add(i);
      }
    }
    assertFalse(times.isEmpty(), "the test network must spike");
    assertArrayEquals(bits(times.stream().mapToDouble(Double::doubleValue).toArray()),
        bits(Npy.read(dir.resolve("E.spike_times.npy")).doubles()));
    assertArrayEquals(who.stream().mapToInt(Integer::intValue).toArray(),
        Npy.read(dir.resolve("E.spike_indices.npy")).ints());
  }

  @Test
  void streamedFilesEqualInMemoryRecordingBitForBitOverContinuedRuns() {
    Runner memory = twin();
    Runner stream = twin().streamTo(dir);
    List<RunResult> m = new ArrayList<>();
    List<RunResult> s = new ArrayList<>();
    m.add(memory.run(10.0));
    s.add(stream.run(10.0));
    assertFilesEqualMemory(m); // complete .npy files between runs
    m.add(memory.run(15.0));
    s.add(stream.run(15.0));
    m.add(memory.run(30.0, 32.5)); // keeps the state: continues the files
    s.add(stream.run(30.0, 32.5));
    assertFilesEqualMemory(m);

    RunResult second = s.get(1);
    Trace v = second.trace("E.V");
    assertTrue(v.onDisk());
    assertEquals(dir.resolve("E.V.npy"), v.file());
    assertEquals(dir.resolve("E.V_t.npy"), v.timesFile());
    assertEquals(100, v.firstRow());
    assertArrayEquals(new int[] {150, 6}, v.shape());
    assertEquals(20, second.traces().get(1).firstRow());
    assertArrayEquals(new int[] {30, 2}, second.traces().get(1).shape());
    SpikeRecord spikes = second.spikes("E");
    assertTrue(spikes.onDisk());
    assertEquals(m.get(1).spikes("E").count(), spikes.count());
    assertEquals(m.get(0).spikes("E").count(), spikes.firstSpike());
    assertFalse(m.get(1).trace("E.V").onDisk());
    assertEquals(null, m.get(1).trace("E.V").file());
  }

  @Test
  void resetStartsTheFilesOver() {
    Runner memory = twin();
    Runner stream = twin().streamTo(dir);
    memory.run(20.0);
    stream.run(20.0);
    memory.reset();
    stream.reset();
    List<RunResult> m = List.of(memory.run(5.0), memory.run(5.0));
    stream.run(5.0);
    RunResult last = stream.run(5.0);
    assertFilesEqualMemory(m);
    assertEquals(50, last.trace("E.V").firstRow());
    stream.network().reset(); // a reset of the network itself counts too
    stream.run(1.0);
    assertEquals(10, Npy.read(dir.resolve("E.V.npy")).shape()[0]);
  }

  @Test
  void theResultSaysWhereTheDataAre() {
    RunResult first = twin().streamTo(dir).run(10.0);
    Trace v = first.trace("E.V");
    IllegalStateException e = assertThrows(IllegalStateException.class, v::values);
    assertTrue(e.getMessage().contains("trace 'E.V'")
        && e.getMessage().contains("rows 0..99 of '" + dir.resolve("E.V.npy") + "'")
        && e.getMessage().contains("E.V_t.npy"), e.getMessage());
    assertThrows(IllegalStateException.class, v::ts);
    assertThrows(IllegalStateException.class, () -> v.get(0, 0));
    assertThrows(IllegalStateException.class, () -> v.ofNeuron(2));
    SpikeRecord s = first.spikes("E");
    e = assertThrows(IllegalStateException.class, s::times);
    assertTrue(e.getMessage().contains("spikes of group 'E'")
        && e.getMessage().contains("E.spike_times.npy")
        && e.getMessage().contains("E.spike_indices.npy"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> s.populationRate(5.0));
  }

  @Test
  void recordInMemorySwitchesStreamingOffAndAMonitorAddedLaterStartsItsOwnFiles() {
    Runner r = twin().streamTo(dir);
    r.run(1.0);
    r.monitor(group(r).input(), Indices.of(5));
    RunResult second = r.run(1.0);
    assertEquals(20, Npy.read(dir.resolve("E.V.npy")).shape()[0]);
    assertEquals(10, Npy.read(dir.resolve("E.input.npy")).shape()[0]);
    assertEquals(0, second.trace("E.input").firstRow());
    RunResult third = r.recordInMemory().run(1.0);
    assertFalse(third.trace("E.V").onDisk());
    assertEquals(10, third.trace("E.V").values().length);
    assertEquals(20, Npy.read(dir.resolve("E.V.npy")).shape()[0]); // untouched
  }

  @Test
  void aFailedRunLeavesCompleteFilesThatTheNextRunContinues() {
    Network net = Network.create();
    ProbeGroup p = net.add(ProbeGroup.builder(2).name("P").build());
    Runner r = net.runner().dt(0.5).monitor(p.n()).monitorSpikes(p).streamTo(dir);
    p.failAt().set(1.0);
    assertThrows(SimulationException.class, () -> r.run(2.0)); // steps at t = 0, 0.5 complete
    assertArrayEquals(new double[] {1, 1, 2, 2}, Npy.read(dir.resolve("P.n.npy")).doubles());
    p.failAt().set(Double.POSITIVE_INFINITY);
    RunResult next = r.run(1.0); // the update at t = 1.0 runs again (its monitor did not)
    assertEquals(2, next.trace(p.n()).firstRow());
    assertArrayEquals(new double[] {0, 0.5, 1.0, 1.5},
        Npy.read(dir.resolve("P.n_t.npy")).doubles());
  }

  @Test
  void fileNamesAvoidCharactersWindowsForbids() {
    assertEquals("E-_I.g#2_t.npy", RecordNames.fileName("E->I.g#2_t", ".npy"));
  }
}
