package org.brainj.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.brainj.runtime.measure.Measures;
import org.brainj.runtime.monitor.SpikeRecord;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.Runner;
import org.junit.jupiter.api.Test;

/** FreqInput: spikes at startTime + k / freq, each in the first step that reaches it. */
class FreqInputTest {

  private static final double DT = 0.1;

  /** The steps of neuron {@code i} in a record. */
  private static int[] stepsOf(SpikeRecord s, int neuron) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < s.count(); k++) {
      if (s.indices()[k] == neuron) {
        out.add(s.steps()[k]);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  @Test
  void firesAtTheStartTimeAndEveryPeriod() {
    // BrainPy's FreqInput(2, 10., 5.): 10 Hz from 5 ms -> 5, 105, 205 ms in a 300 ms run
    Network net = Network.create();
    FreqInputGroup g = net.add(FreqInputGroup.builder(2).name("F").freq(10).startTime(5).build());
    SpikeRecord s = net.runner().dt(DT).monitorSpikes(g).run(300).spikes(g);
    assertArrayEquals(new int[] {50, 50, 1050, 1050, 2050, 2050}, s.steps());
    assertArrayEquals(new double[] {5, 5, 105, 105, 205, 205}, s.times(), 1e-9);
    assertEquals(205.0, g.tLastSpike().get(1), 1e-9);
  }

  @Test
  void periodsOffTheGridDoNotDrift() {
    // neuron 0: 100 Hz (10 ms); neuron 1: 30 Hz (33.33 ms, due at 1000 k / 3 steps, fired at the
    // ceiling); neuron 2: 0 Hz; neuron 3: 1000/3 Hz (3 ms) from 1 ms
    Network net = Network.create();
    FreqInputGroup g = net.add(FreqInputGroup.builder(4).name("F")
        .freq(new double[] {100, 30, 0, 1000.0 / 3}).startTime(new double[] {0, 0, 0, 1})
        .build());
    SpikeRecord s = net.runner().dt(DT).monitorSpikes(g).run(1000).spikes(g);
    int[] n0 = new int[100];
    int[] n1 = new int[30];
    int[] n3 = new int[333];
    for (int k = 0; k < n0.length; k++) {
      n0[k] = 100 * k;
    }
    for (int k = 0; k < n1.length; k++) {
      n1[k] = (1000 * k + 2) / 3; // ceil(1000 k / 3)
    }
    for (int k = 0; k < n3.length; k++) {
      n3[k] = 10 + 30 * k;
    }
    assertArrayEquals(n0, stepsOf(s, 0));
    assertArrayEquals(n1, stepsOf(s, 1));
    assertArrayEquals(new int[0], stepsOf(s, 2));
    assertArrayEquals(n3, stepsOf(s, 3));
    // a regular train on the grid: every interval 10 ms, CV 0 up to rounding
    assertEquals(0.0, Measures.cv(Measures.interSpikeIntervals(s)[0]), 1e-9);
  }

  @Test
  void aPeriodShorterThanDtFiresEveryStepOnce() {
    Network net = Network.create();
    FreqInputGroup g = net.add(FreqInputGroup.builder(1).name("F").freq(20_000).build());
    SpikeRecord s = net.runner().dt(DT).monitorSpikes(g).run(5).spikes(g);
    assertEquals(50, s.count());
  }

  @Test
  void splitRunsAndResetRepeatTheTrain() {
    Network net = Network.create();
    FreqInputGroup g = net.add(FreqInputGroup.builder(1).name("F").freq(30).build());
    Runner r = net.runner().dt(DT).monitorSpikes(g);
    double[] whole = r.run(200).spikes(g).times();
    r.reset();
    double[] a = r.run(70).spikes(g).times();
    double[] b = r.run(130).spikes(g).times();
    double[] joined = new double[a.length + b.length];
    System.arraycopy(a, 0, joined, 0, a.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    assertArrayEquals(whole, joined);
    assertEquals(6, whole.length); // 0, 33.4, 66.7, 100, 133.4, 166.7 (200 is the next run's)
  }
}
