package org.brainj.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.brainj.runtime.measure.Measures;
import org.brainj.runtime.monitor.SpikeRecord;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.Runner;
import org.junit.jupiter.api.Test;

/**
 * The Poisson input group: each neuron spikes in a step with probability {@code p = freq dt /
 * 1000}, independently, so a neuron's count over {@code n} steps is Binomial(n, p). The
 * statistical bounds below fail for a correct generator with probability below 1e-4 each; for a
 * given seed the outcome is fixed, so the tests are deterministic.
 */
class PoissonTest {

  private static SpikeRecord run(PoissonGroup g, double duration) {
    Network net = Network.create();
    net.add(g);
    return net.runner().dt(0.1).monitorSpikes(g).run(duration).spikes(g);
  }

  @Test
  void countsAreBinomialWithTheGivenRate() {
    int n = 1000;
    int steps = 10_000; // 1000 ms at dt 0.1
    double p = 20 * 0.1 / 1000;
    SpikeRecord s = run(PoissonGroup.builder(n).name("P").freq(20).seed(7).build(), 1000);
    // the total: mean N n p = 20000, sd = sqrt(N n p (1 - p)) = 141; within 4 sd (p = 6e-5)
    double mean = (double) n * steps * p;
    double sd = Math.sqrt(mean * (1 - p));
    assertEquals(mean, s.count(), 4 * sd, "total spikes of 1000 neurons at 20 Hz for 1 s");
    // across neurons: sum (c_i - n p)^2 / (n p (1 - p)) is chi-square with N degrees of freedom
    // for independent binomial counts; identical or too regular neurons would leave the range
    double d = 0;
    for (int c : s.countsPerNeuron()) {
      d += (c - steps * p) * (c - steps * p) / (steps * p * (1 - p));
    }
    ChiSquaredDistribution chi2 = new ChiSquaredDistribution(n);
    assertTrue(d > chi2.inverseCumulativeProbability(5e-5)
        && d < chi2.inverseCumulativeProbability(1 - 5e-5), "dispersion statistic " + d);
  }

  @Test
  void intervalsAreGeometricWithCvNearOne() {
    // intervals in steps are geometric(p): CV = sqrt(1 - p) = 0.9975 at 50 Hz, dt 0.1
    SpikeRecord s = run(PoissonGroup.builder(500).name("P").freq(50).seed(3).build(), 1000);
    double[] pooled = Arrays.stream(Measures.interSpikeIntervals(s))
        .flatMapToDouble(Arrays::stream).toArray();
    assertTrue(pooled.length > 20_000, pooled.length + " intervals");
    double meanIsi = Arrays.stream(pooled).average().orElseThrow();
    assertEquals(1000.0 / 50, meanIsi, 0.5, "mean interval 20 ms");
    assertEquals(Math.sqrt(1 - 0.005), Measures.cv(pooled), 0.03);
  }

  @Test
  void ratesPerNeuronAndZeroRate() {
    // 4 blocks of 250 neurons at 0, 5, 50 and 200 Hz
    double[] freq = new double[1000];
    for (int i = 0; i < freq.length; i++) {
      freq[i] = new double[] {0, 5, 50, 200}[i / 250];
    }
    SpikeRecord s = run(PoissonGroup.builder(1000).name("P").freq(freq).seed(1).build(), 500);
    int[] counts = s.countsPerNeuron();
    for (int b = 0; b < 4; b++) {
      double p = freq[b * 250] * 0.1 / 1000;
      long total = 0;
      for (int i = b * 250; i < (b + 1) * 250; i++) {
        total += counts[i];
      }
      double mean = 250.0 * 5000 * p;
      double sd = Math.sqrt(mean * (1 - p));
      if (p == 0) {
        assertEquals(0, total, "0 Hz never fires");
      } else {
        assertEquals(mean, total, 4 * sd, "block at " + freq[b * 250] + " Hz");
      }
    }
  }

  @Test
  void theSeedAndNameFixTheTrains() {
    SpikeRecord a = run(PoissonGroup.builder(50).name("P").freq(40).seed(11).build(), 100);
    SpikeRecord b = run(PoissonGroup.builder(50).name("P").freq(40).seed(11).build(), 100);
    SpikeRecord other = run(PoissonGroup.builder(50).name("P").freq(40).seed(12).build(), 100);
    assertTrue(a.count() > 0);
    assertArrayEquals(a.steps(), b.steps());
    assertArrayEquals(a.indices(), b.indices());
    assertFalse(Arrays.equals(a.indices(), other.indices()) && Arrays.equals(a.steps(),
        other.steps()), "another seed, other trains");

    // split runs and a reset give the same trains
    Network net = Network.create();
    PoissonGroup g = net.add(PoissonGroup.builder(50).name("P").freq(40).seed(11).build());
    Runner r = net.runner().dt(0.1).monitorSpikes(g);
    SpikeRecord first = r.run(40).spikes(g);
    SpikeRecord second = r.run(60).spikes(g);
    assertEquals(a.count(), first.count() + second.count());
    int[] joined = new int[a.count()];
    System.arraycopy(first.indices(), 0, joined, 0, first.count());
    System.arraycopy(second.indices(), 0, joined, first.count(), second.count());
    assertArrayEquals(a.indices(), joined);
    assertArrayEquals(a.steps(), r.reset().run(100).spikes(g).steps());
  }
}
