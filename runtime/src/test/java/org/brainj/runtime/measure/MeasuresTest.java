package org.brainj.runtime.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.brainj.models.LIFGroup;
import org.brainj.runtime.init.Init;
import org.brainj.runtime.monitor.Indices;
import org.brainj.runtime.monitor.SpikeRecord;
import org.brainj.runtime.monitor.Trace;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.junit.jupiter.api.Test;

class MeasuresTest {

  @Test
  void identicalTrainsAreFullySynchronous() {
    // three neurons firing together at steps 0, 10, 20 (dt 0.1, bin 1 ms = 10 steps)
    SpikeRecord r = SpikeRecord.of("G", 3, 0.1, 30, new int[] {0, 0, 0, 10, 10, 10, 20, 20, 20},
        new int[] {0, 1, 2, 0, 1, 2, 0, 1, 2});
    assertEquals(1.0, Measures.crossCorrelation(r, 1.0), 1e-15);
  }

  @Test
  void handComputedPairs() {
    // bins of 1 ms over 4 bins: neuron 0 fires in bins {0, 1}, neuron 1 in {1, 2, 3},
    // neuron 2 never: pairs (0,1): 1 / sqrt(2 * 3); (0,2) and (1,2): 0 -> mean over 3 pairs
    SpikeRecord r = SpikeRecord.of("G", 3, 0.5, 8, new int[] {0, 1, 3, 3, 4, 7},
        new int[] {0, 0, 0, 1, 1, 1});
    assertEquals((1 / Math.sqrt(6)) / 3, Measures.crossCorrelation(r, 1.0), 1e-15);
  }

  @Test
  void independentTrainsGiveAboutRateTimesBin() {
    // Poisson-like trains at probability p per bin: kappa ~ p for independent neurons
    Random rng = new Random(5);
    int n = 40;
    int bins = 4000;
    double p = 0.05;
    List<int[]> spikes = new ArrayList<>();
    for (int b = 0; b < bins; b++) {
      for (int i = 0; i < n; i++) {
        if (rng.nextDouble() < p) {
          spikes.add(new int[] {b, i});
        }
      }
    }
    int[] steps = spikes.stream().mapToInt(s -> s[0]).toArray();
    int[] idx = spikes.stream().mapToInt(s -> s[1]).toArray();
    SpikeRecord r = SpikeRecord.of("G", n, 1.0, bins, steps, idx);
    assertEquals(p, Measures.crossCorrelation(r, 1.0), 0.01);
  }

  @Test
  void badBinsAreErrors() {
    SpikeRecord r = SpikeRecord.of("G", 2, 0.1, 10, new int[0], new int[0]);
    assertThrows(IllegalArgumentException.class, () -> Measures.crossCorrelation(r, 0.05));
    // 0.15 ms at dt 0.1 is one step, as BrainPy's int(bin / dt)
    assertEquals(0.0, Measures.crossCorrelation(r, 0.15));
  }

  // ---------------------------------------------------------------- firing rate

  /** 12 steps x 4 neurons; the same spikes as a matrix and as a record. */
  private static final int[][] HITS = {{0, 0}, {1, 1}, {1, 2}, {3, 3}, {4, 0}, {4, 1}, {4, 2},
      {4, 3}, {8, 1}, {11, 0}, {11, 3}};

  private static double[][] matrix() {
    double[][] m = new double[12][4];
    for (int[] h : HITS) {
      m[h[0]][h[1]] = 1;
    }
    return m;
  }

  @Test
  void firingRateIsNumpysSameModeConvolution() {
    // NumPy: rate = sp.sum(1) / 4; np.convolve(rate, np.ones(5) * 1000 / 0.5, 'same'), the window
    // being int(0.5 / 2 / 0.1) * 2 + 1 = 5 steps
    double[] numpy = {1500, 2000, 4000, 3500, 2500, 2500, 2500, 500, 500, 1500, 1500, 1000};
    assertArrayEquals(numpy, Measures.firingRate(matrix(), 0.5, 0.1), 1e-9);
    boolean[][] b = new boolean[12][4];
    for (int[] h : HITS) {
      b[h[0]][h[1]] = true;
    }
    assertArrayEquals(numpy, Measures.firingRate(b, 0.5, 0.1), 1e-9);
    SpikeRecord r = SpikeRecord.of("G", 4, 0.1, 12,
        java.util.Arrays.stream(HITS).mapToInt(h -> h[0]).toArray(),
        java.util.Arrays.stream(HITS).mapToInt(h -> h[1]).toArray());
    assertArrayEquals(numpy, Measures.firingRate(r, 0.5), 1e-9);
  }

  @Test
  void firingRateRefusesMatricesThatAreNotSpikes() {
    double[][] m = matrix();
    m[2][1] = 0.5;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Measures.firingRate(m, 0.5, 0.1));
    assertEquals("firingRate: spikes[2][1] = 0.5; a spike matrix holds 0 (no spike) or 1 (spike)",
        e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Measures.firingRate(new double[][] {{0, 1}, {1}}, 0.5, 0.1));
    assertThrows(IllegalArgumentException.class, () -> Measures.firingRate(matrix(), 0.5, 0));
  }

  // ---------------------------------------------------------------- voltage fluctuation

  @Test
  void voltageFluctuationHandComputed() {
    // V0 = [0, 2], V1 = [0, 0]: the mean [0, 1] has variance 1/4; the neurons 1 and 0, mean 1/2
    assertEquals(0.5, Measures.voltageFluctuation(new double[][] {{0, 0}, {2, 0}}), 1e-15);
    // anti-phase: the mean is constant, chi^2 = 0
    assertEquals(0.0, Measures.voltageFluctuation(new double[][] {{0, 2}, {2, 0}, {0, 2}}));
    // identical neurons: 1; all constant: 1 (BrainPy's convention)
    assertEquals(1.0, Measures.voltageFluctuation(new double[][] {{1, 1}, {3, 3}, {2, 2}}), 1e-15);
    assertEquals(1.0, Measures.voltageFluctuation(new double[][] {{1, 2}, {1, 2}}));
  }

  @Test
  void voltageFluctuationMatchesNumpy() {
    // numpy.random.default_rng(3).normal(size=(6, 3)).round(3), BrainPy's formula: 0.298837...
    double[][] v = {{2.041, -2.556, 0.418}, {-0.568, -0.453, -0.216}, {-2.02, -0.232, -0.865},
        {3.323, 0.226, -0.353}, {-0.281, -0.668, -1.055}, {-0.391, 0.482, -0.239}};
    assertEquals(0.29883708300554324, Measures.voltageFluctuation(v), 1e-13);
    assertThrows(IllegalArgumentException.class,
        () -> Measures.voltageFluctuation(new double[0][0]));
  }

  @Test
  void voltageFluctuationOfATrace() {
    // identical LIF neurons are perfectly synchronous; different time constants are not
    Network net = Network.create();
    LIFGroup same = net.add(LIFGroup.builder(4).name("S").build());
    LIFGroup mixed = net.add(LIFGroup.builder(4).name("M").tau(Init.values(5, 9, 13, 21)).build());
    RunResult r = net.runner().input(same.input(), 26.0).input(mixed.input(), 26.0)
        .monitor(same.V()).monitor(mixed.V()).run(100.0);
    assertEquals(1.0, Measures.voltageFluctuation(r.trace(same.V())), 1e-12);
    double chi2 = Measures.voltageFluctuation(r.trace(mixed.V()));
    assertEquals(Measures.voltageFluctuation(r.trace(mixed.V()).values()), chi2);
    assertTrue(chi2 < 0.6, "desynchronised: " + chi2);
  }

  // ---------------------------------------------------------------- raster

  @Test
  void rasterIsNumpysWhereOrder() {
    double[] times = new double[12];
    for (int k = 0; k < 12; k++) {
      times[k] = k * 0.1;
    }
    Raster r = Measures.raster(matrix(), times);
    // NumPy: np.where(sp > 0) -> columns [0, 1, 2, 3, 0, 1, 2, 3, 1, 0, 3] at rows' times
    assertArrayEquals(new int[] {0, 1, 2, 3, 0, 1, 2, 3, 1, 0, 3}, r.indices());
    assertArrayEquals(new double[] {0, 0.1, 0.1, 0.3, 0.4, 0.4, 0.4, 0.4, 0.8, 1.1, 1.1},
        r.times(), 1e-12);
    assertArrayEquals(new double[] {0, 0.4, 1.1}, r.timesOf(0), 1e-12);
    assertEquals(11, r.count());
    assertThrows(IllegalArgumentException.class, () -> Measures.raster(matrix(), new double[3]));
  }

  @Test
  void rasterOfRecordsAndSpikeTraces() {
    Network net = Network.create();
    LIFGroup g = net.add(LIFGroup.builder(5).name("G").tau(Init.values(6, 8, 10, 12, 14)).build());
    RunResult r = net.runner().input(g.input(), 26.0).monitorSpikes(g)
        .monitor(g.spike(), Indices.of(3, 1)).run(60.0);
    SpikeRecord s = r.spikes(g);
    Raster fromRecord = Measures.raster(s);
    assertArrayEquals(s.indices(), fromRecord.indices());
    assertArrayEquals(s.times(), fromRecord.times());
    // the trace's columns are neurons 3 and 1: its raster names them by their group index
    Trace spikes = r.trace(g.spike());
    Raster fromTrace = Measures.raster(spikes);
    assertTrue(fromTrace.count() > 0);
    assertArrayEquals(fromRecord.timesOf(1), fromTrace.timesOf(1));
    assertArrayEquals(fromRecord.timesOf(3), fromTrace.timesOf(3));
    assertEquals(0, fromTrace.timesOf(0).length, "neuron 0 was not monitored");
  }

  // ---------------------------------------------------------------- intervals

  @Test
  void interSpikeIntervalsAndCv() {
    // neuron 0 at 1, 3, 7 ms: intervals 2, 4, CV = std / mean = 1 / 3; neuron 1 once; neuron 2
    // at 2, 4, 6 ms: CV 0
    double[] t = {1, 2, 3, 3, 4, 6, 7};
    int[] idx = {0, 2, 0, 1, 2, 2, 0};
    double[][] isi = Measures.interSpikeIntervals(t, idx, 3);
    assertArrayEquals(new double[] {2, 4}, isi[0]);
    assertArrayEquals(new double[0], isi[1]);
    assertArrayEquals(new double[] {2, 2}, isi[2]);
    double[] cv = Measures.cv(isi);
    assertEquals(1.0 / 3, cv[0], 1e-15);
    assertTrue(Double.isNaN(cv[1]), "no intervals: NaN");
    assertEquals(0.0, cv[2]);
    // the same from a record (dt 1 ms, steps = times) and from a raster
    SpikeRecord r = SpikeRecord.of("G", 3, 1.0, 8, new int[] {1, 2, 3, 3, 4, 6, 7}, idx);
    assertArrayEquals(cv, Measures.isiCv(r));
    assertArrayEquals(isi[0], Measures.interSpikeIntervals(Measures.raster(r), 3)[0]);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Measures.interSpikeIntervals(new double[] {5, 1}, new int[] {0, 0}, 1));
    assertTrue(e.getMessage().contains("not in time order"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Measures.interSpikeIntervals(new double[] {5}, new int[] {4}, 2));
    assertTrue(e.getMessage().contains("neuron index 4, outside [0, 2)"), e.getMessage());
  }
}
