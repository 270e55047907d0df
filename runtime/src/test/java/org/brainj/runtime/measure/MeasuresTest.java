package org.brainj.runtime.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.brainj.runtime.monitor.SpikeRecord;
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
}
